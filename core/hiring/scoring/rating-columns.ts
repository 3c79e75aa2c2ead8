// The columns aggregate() fills in its one pass over the ratings, and the per-criterion figures
// of one candidate read back from them. A candidate's CriterionStat objects (and the list of
// ratings behind each) are built only when something reads that candidate's criteria: a candidate
// page, a heat-map row on screen, a document. Ranking 1,000 candidates needs none of them.
import type { Rubric, Scorecard } from '../../schema/rubric.js';
import { DISAGREEMENT_GAP, type CriterionStat } from './aggregate.js';

export interface RatingColumns {
  rubric: Rubric;
  cards: readonly Scorecard[];
  /** per candidate c and criterion k, at c × criteria + k: how many ratings, their sum, lowest, highest */
  count: Int32Array;
  sum: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** one entry per counted rating, candidate by candidate in scorecard order */
  criterion: Int32Array;
  rating: Float64Array;
  /** the scorecard it is on, an index into cards */
  card: Int32Array;
}

/** Candidate c's criteria, its ratings being entries from … to − 1 of the columns. */
export function statsOf(cols: RatingColumns, c: number, from: number, to: number): CriterionStat[] {
  const { criteria } = cols.rubric;
  const lists = criteria.map((): CriterionStat['ratings'] => []);
  for (let n = from; n < to; n += 1)
    lists[cols.criterion[n]!]!.push({ interviewerId: cols.cards[cols.card[n]!]!.interviewerId, rating: cols.rating[n]! });
  return criteria.map((criterion, k): CriterionStat => {
    const at = c * criteria.length + k;
    const n = cols.count[at]!;
    const ratings = lists[k]!;
    if (n === 0) return { criterionId: criterion.id, ratings, mean: null, min: null, max: null, spread: null, disagreement: false };
    const min = cols.min[at]!;
    const max = cols.max[at]!;
    const spread = max - min;
    return { criterionId: criterion.id, ratings, mean: cols.sum[at]! / n, min, max, spread, disagreement: spread >= DISAGREEMENT_GAP };
  });
}
