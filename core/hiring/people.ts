// Candidates and interviewers come and go; their scorecards go with them, because a project whose
// scorecards name someone who is not in it is refused on load (core/hiring/references.ts).
import type { Hiring, Interviewer, Rubric } from '../schema/rubric.js';
import { focusOf } from '../rubric/focus.js';

export const scorecardCount = (hiring: Hiring, who: { candidateId?: string; interviewerId?: string }): number =>
  hiring.scorecards.filter(
    (s) =>
      (who.candidateId === undefined || s.candidateId === who.candidateId) &&
      (who.interviewerId === undefined || s.interviewerId === who.interviewerId),
  ).length;

export const removeCandidate = (hiring: Hiring, id: string): Hiring => ({
  ...hiring,
  candidates: hiring.candidates.filter((c) => c.id !== id),
  scorecards: hiring.scorecards.filter((s) => s.candidateId !== id),
});

export const removeInterviewer = (hiring: Hiring, id: string): Hiring => ({
  ...hiring,
  interviewers: hiring.interviewers.filter((i) => i.id !== id),
  scorecards: hiring.scorecards.filter((s) => s.interviewerId !== id),
});

/**
 * Ticks or unticks one criterion in an interviewer's focus. An empty focus means "everything", so
 * the first untick spells the rest out, and the last criterion cannot be unticked.
 */
export function toggleFocus(interviewer: Interviewer, rubric: Rubric, criterionId: string, on: boolean): Interviewer {
  const current = new Set(focusOf(interviewer, rubric));
  if (on) current.add(criterionId);
  else current.delete(criterionId);
  if (current.size === 0) return interviewer;
  // rubric order, so scorecards list the criteria the same way for everyone
  const known = rubric.criteria.map((c) => c.id).filter((id) => current.has(id));
  return { ...interviewer, focus: known };
}
