// "Share the criteria out": a first split of the rubric among the interview stages, so each
// criterion is heard twice (two views to compare) without every stage asking everything.
import type { Interviewer, Rubric } from '../schema/rubric.js';

/** Two interviewers per criterion give a second opinion without tiring the candidate. */
export const ASKED_PER_CRITERION = 2;

/**
 * Deals the criteria out round-robin in rubric order, each to at most two interviewers, so every
 * stage gets a mix of groups. An empty focus would mean "assesses everything", so when there are
 * more interviewers than criteria can go round, the deal carries on until each has one.
 */
export function suggestFocus(rubric: Rubric, interviewers: readonly Interviewer[]): Interviewer[] {
  const n = interviewers.length;
  const ids = rubric.criteria.map((c) => c.id);
  if (n === 0 || ids.length === 0) return [...interviewers];
  const per = Math.min(ASKED_PER_CRITERION, n);
  const focus: string[][] = interviewers.map(() => []);
  let next = 0;
  const deal = (criterionId: string) => {
    const list = focus[next % n];
    if (list && !list.includes(criterionId)) list.push(criterionId);
    next += 1;
  };
  for (const id of ids) for (let k = 0; k < per; k += 1) deal(id);
  // only reached with more than twice as many interviewers as criteria
  for (let c = 0; focus.some((f) => f.length === 0); c += 1) deal(ids[c % ids.length] ?? '');
  const order = new Map(ids.map((id, i) => [id, i]));
  return interviewers.map((interviewer, i) => ({
    ...interviewer,
    focus: [...(focus[i] ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  }));
}
