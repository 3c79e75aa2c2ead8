// aggregate() over a thousand candidates is the one costly figure in the app. Project edits
// replace the rubric or hiring object they change and keep the others, so remembering the last
// answer per calibration setting, by object identity, skips every recomputation nothing asked for
// (switching views, sorting, paging, selecting a row, editing the role's wording).
import { aggregate, type Aggregate } from '../../../core/hiring/scoring/aggregate';
import type { Hiring, Rubric } from '../../../core/schema/rubric';

interface Entry {
  rubric: Rubric;
  hiring: Hiring;
  value: Aggregate;
}

const last = new Map<boolean, Entry>();

export function aggregateOf(rubric: Rubric, hiring: Hiring, calibrated: boolean): Aggregate {
  const hit = last.get(calibrated);
  if (hit && hit.rubric === rubric && hit.hiring === hiring) return hit.value;
  const value = aggregate(rubric, hiring, { calibrated });
  last.set(calibrated, { rubric, hiring, value });
  return value;
}
