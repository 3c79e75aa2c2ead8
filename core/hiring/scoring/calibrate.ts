// Lenient and strict interviewers, put on one scale: each rating becomes a z-score within its
// interviewer's own ratings, then is mapped back onto the pooled mean and spread of all ratings.
import type { Scorecard } from '../../schema/rubric.js';

export interface Calibration {
  pooled: { mean: number; sd: number };
  interviewers: Map<string, { mean: number; sd: number; count: number }>;
  adjust(interviewerId: string, rating: number): number;
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  if (values.length === 0) return { mean: 0, sd: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

export function calibrate(submitted: readonly Scorecard[]): Calibration {
  const all: number[] = [];
  const byInterviewer = new Map<string, number[]>();
  for (const card of submitted) {
    const list = byInterviewer.get(card.interviewerId) ?? [];
    const seen = new Set<string>();
    for (const r of card.ratings) {
      // one rating per criterion, as in the scores themselves
      if (r.rating === null || seen.has(r.criterionId)) continue;
      seen.add(r.criterionId);
      list.push(r.rating);
      all.push(r.rating);
    }
    byInterviewer.set(card.interviewerId, list);
  }
  const pooled = meanAndSd(all);
  const interviewers = new Map([...byInterviewer].map(([id, ratings]) => [id, { ...meanAndSd(ratings), count: ratings.length }]));
  return {
    pooled,
    interviewers,
    adjust(interviewerId, rating) {
      const own = interviewers.get(interviewerId);
      // too few ratings, or all the same, say nothing about this interviewer's scale: leave as rated
      if (!own || own.count < 3 || own.sd === 0 || pooled.sd === 0) return rating;
      const z = (rating - own.mean) / own.sd;
      return Math.min(5, Math.max(1, pooled.mean + z * pooled.sd));
    },
  };
}
