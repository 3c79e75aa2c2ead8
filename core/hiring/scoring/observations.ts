// The ratings the panel model and the reliability figures work from: every 1–5 rating on a
// submitted scorecard, as indices into the project's candidates, interviewers and criteria.
// "Not assessed" and unrated rows are not observations; drafts are not either.
import type { Hiring, Rubric } from '../../schema/rubric.js';
import { isScore } from '../ratings.js';

export interface Observations {
  candidates: number;
  interviewers: number;
  criteria: number;
  /** parallel arrays, one entry per rating */
  candidate: Int32Array;
  interviewer: Int32Array;
  criterion: Int32Array;
  rating: Float64Array;
  length: number;
}

export function observationsOf(rubric: Rubric, hiring: Hiring): Observations {
  const candidateIndex = new Map(hiring.candidates.map((c, i) => [c.id, i]));
  const interviewerIndex = new Map(hiring.interviewers.map((iv, i) => [iv.id, i]));
  const criterionIndex = new Map(rubric.criteria.map((c, i) => [c.id, i]));
  // two passes, counting then filling, so 200,000 ratings cost four typed arrays and no tuples
  const cards = hiring.scorecards.filter(
    (card) => card.status === 'submitted' && candidateIndex.has(card.candidateId) && interviewerIndex.has(card.interviewerId),
  );
  // one rating per card and criterion, as in the scores themselves: a repeat must not count twice
  const kept = cards.map((card) => {
    const seen = new Set<string>();
    return card.ratings.filter(
      (r) => isScore(r.rating) && criterionIndex.has(r.criterionId) && !seen.has(r.criterionId) && seen.add(r.criterionId),
    );
  });
  const length = kept.reduce((sum, ratings) => sum + ratings.length, 0);
  const obs: Observations = {
    candidates: hiring.candidates.length,
    interviewers: hiring.interviewers.length,
    criteria: rubric.criteria.length,
    candidate: new Int32Array(length),
    interviewer: new Int32Array(length),
    criterion: new Int32Array(length),
    rating: new Float64Array(length),
    length,
  };
  let n = 0;
  cards.forEach((card, j) => {
    const c = candidateIndex.get(card.candidateId)!;
    const i = interviewerIndex.get(card.interviewerId)!;
    for (const r of kept[j]!) {
      const k = criterionIndex.get(r.criterionId);
      if (k === undefined || !isScore(r.rating)) continue;
      obs.candidate[n] = c;
      obs.interviewer[n] = i;
      obs.criterion[n] = k;
      obs.rating[n] = r.rating;
      n += 1;
    }
  });
  return obs;
}
