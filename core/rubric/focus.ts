// Which interviewers assess which criteria. An interviewer with no focus set assesses everything.
import type { Interviewer, Rubric } from '../schema/rubric.js';

/** A criterion asked by more interviewers than this wastes the candidate's time. */
export const MAX_ASKED = 3;

export interface Coverage {
  criterionId: string;
  interviewerIds: string[];
}

export const focusOf = (interviewer: Interviewer, rubric: Rubric): string[] =>
  interviewer.focus.length ? interviewer.focus : rubric.criteria.map((c) => c.id);

export function coveredBy(rubric: Rubric, interviewers: readonly Interviewer[]): Coverage[] {
  const focus = interviewers.map((i) => new Set(focusOf(i, rubric)));
  return rubric.criteria.map((c) => ({
    criterionId: c.id,
    interviewerIds: interviewers.filter((_, k) => focus[k]?.has(c.id)).map((i) => i.id),
  }));
}

/** Criteria nobody assesses, and criteria asked more than MAX_ASKED times. */
export function coverageGaps(rubric: Rubric, interviewers: readonly Interviewer[]) {
  const coverage = coveredBy(rubric, interviewers);
  return {
    unassessed: coverage.filter((c) => c.interviewerIds.length === 0).map((c) => c.criterionId),
    overAsked: coverage.filter((c) => c.interviewerIds.length > MAX_ASKED).map((c) => c.criterionId),
  };
}
