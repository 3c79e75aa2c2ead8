// What a rating row says: a score of 1–5, a deliberate "not assessed" (which needs its reason in
// the evidence note), or nothing yet. Scoring counts only scores; completeness counts both.
import { NOT_ASSESSED, type Rating, type Scorecard } from '../schema/rubric.js';

export const isScore = (value: Rating['rating']): value is number => typeof value === 'number';

export const isNotAssessed = (row: Pick<Rating, 'rating'>): boolean => row.rating === NOT_ASSESSED;

/** Rated, or marked not assessed with a reason: nothing more is owed on this criterion. */
export const isSettled = (row: Rating | undefined): boolean =>
  row !== undefined && (isScore(row.rating) || (isNotAssessed(row) && row.evidence.trim().length > 0));

export interface CardGaps {
  /** focus criteria with neither a rating nor "not assessed" */
  unrated: string[];
  /** focus criteria marked "not assessed" without saying why */
  reasonMissing: string[];
}

export function cardGaps(card: Scorecard | undefined, focus: readonly string[]): CardGaps {
  const rows = new Map(card?.ratings.map((r) => [r.criterionId, r]));
  const unrated: string[] = [];
  const reasonMissing: string[] = [];
  for (const id of focus) {
    const row = rows.get(id);
    if (row && isNotAssessed(row)) {
      if (!row.evidence.trim()) reasonMissing.push(id);
    } else if (!row || !isScore(row.rating)) unrated.push(id);
  }
  return { unrated, reasonMissing };
}

/**
 * The overall recommendation waits until every criterion in focus is settled (Kahneman, Sibony
 * and Sunstein, Noise, 2021: rate the parts independently, form the overall view last).
 */
export const verdictOpen = (gaps: CardGaps): boolean => gaps.unrated.length === 0 && gaps.reasonMissing.length === 0;
