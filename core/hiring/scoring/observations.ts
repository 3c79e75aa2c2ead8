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
  const { criteria } = rubric;
  const candidateIndex = new Map(hiring.candidates.map((c, i) => [c.id, i]));
  const interviewerIndex = new Map(hiring.interviewers.map((iv, i) => [iv.id, i]));
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  let room = 0;
  for (const card of hiring.scorecards) if (card.status === 'submitted') room += card.ratings.length;
  const candidate = new Int32Array(room);
  const interviewer = new Int32Array(room);
  const criterion = new Int32Array(room);
  const rating = new Float64Array(room);
  // one rating per card and criterion, as in the scores themselves: a repeat must not count twice.
  // seenOn[k] holds the number (plus one) of the last card that rated criterion k.
  const seenOn = new Int32Array(criteria.length);
  let n = 0;
  hiring.scorecards.forEach((card, j) => {
    if (card.status !== 'submitted') return;
    const c = candidateIndex.get(card.candidateId);
    const i = interviewerIndex.get(card.interviewerId);
    if (c === undefined || i === undefined) return;
    const ratings = card.ratings;
    for (let p = 0; p < ratings.length; p += 1) {
      const r = ratings[p]!;
      // cards list the rubric's criteria in its order: try that position before the map
      const k = p < criteria.length && criteria[p]!.id === r.criterionId ? p : criterionIndex.get(r.criterionId);
      if (k === undefined || seenOn[k] === j + 1 || !isScore(r.rating)) continue;
      seenOn[k] = j + 1;
      candidate[n] = c;
      interviewer[n] = i;
      criterion[n] = k;
      rating[n] = r.rating;
      n += 1;
    }
  });
  return {
    candidates: hiring.candidates.length,
    interviewers: hiring.interviewers.length,
    criteria: criteria.length,
    candidate: candidate.subarray(0, n),
    interviewer: interviewer.subarray(0, n),
    criterion: criterion.subarray(0, n),
    rating: rating.subarray(0, n),
    length: n,
  };
}
