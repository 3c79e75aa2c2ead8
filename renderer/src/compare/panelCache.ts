// The measured panel over a thousand candidates is the one costly figure in the app. Project edits
// replace the rubric or hiring object they change and keep the others, so remembering the last
// answer by object identity skips every recomputation nothing asked for (switching views, sorting,
// filtering, paging, selecting a row, editing the role's wording).
import { measurePanel, type MeasuredPanel } from '../../../core/hiring/scoring/measured';
import type { Hiring, Rubric } from '../../../core/schema/rubric';

let last: { rubric: Rubric; hiring: Hiring; value: MeasuredPanel } | null = null;

export function measuredOf(rubric: Rubric, hiring: Hiring): MeasuredPanel {
  if (last && last.rubric === rubric && last.hiring === hiring) return last.value;
  const value = measurePanel(rubric, hiring);
  last = { rubric, hiring, value };
  return value;
}
