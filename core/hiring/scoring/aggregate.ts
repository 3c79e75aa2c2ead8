// From submitted scorecards to comparable figures: a weighted score per candidate (0–100), an
// archetype profile, per-criterion mean and spread, disagreements, the ratings still missing and
// whether the candidate's scoring is complete. Given the panel model's severities, the same figures
// come out adjusted: each rating less its interviewer's severity (panel-model.ts).
// Columnar: one pass over the ratings fills typed columns (criterion, rating, card) and per-criterion
// running sums, so 1,000 candidates × 10 interviewers × 20 criteria makes no object per rating. The
// list of ratings behind a criterion is read from those columns only when someone asks for it (a
// candidate's page), never for the whole panel (docs/performance.md).
import { ARCHETYPES, type Archetype } from '../../role/vocabulary.js';
import type { Hiring, Recommendation, Rubric } from '../../schema/rubric.js';
import { coveredBy } from '../../rubric/focus.js';
import { isNotAssessed, isScore } from '../ratings.js';
import { groupSubmitted } from './card-groups.js';
import { statsOf, type RatingColumns } from './rating-columns.js';

/** Two interviewers this far apart on one criterion is worth talking about before deciding. */
export const DISAGREEMENT_GAP = 2;

export interface CriterionStat {
  criterionId: string;
  /** in scorecard order */
  ratings: { interviewerId: string; rating: number }[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min */
  spread: number | null;
  disagreement: boolean;
}

export interface CandidateResult {
  candidateId: string;
  score: number | null;
  profile: Record<Archetype, number | null>;
  /** per rubric criterion, in its order: built from the rating columns when first read */
  readonly criteria: CriterionStat[];
  /** how many ratings each criterion's figures rest on, in rubric order, without building criteria */
  counts: Int32Array;
  recommendations: Record<Recommendation, number>;
  disagreements: string[];
  /** focus criteria an interviewer has not settled (no card, a draft, or left open) */
  missing: { interviewerId: string; criterionId: string }[];
  /** criteria an interviewer deliberately did not assess, with why */
  notAssessed: { interviewerId: string; criterionId: string; reason: string }[];
  submitted: number;
  /** interviewers whose focus covers at least one criterion: the scorecards a complete candidate has */
  expected: number;
  /** every expected scorecard submitted and nothing missing: only then is a candidate ranked as scored */
  complete: boolean;
}

export interface Aggregate {
  candidates: CandidateResult[];
  /** true when the figures are adjusted for interviewer severity */
  adjusted: boolean;
}

export interface AggregateOptions {
  /** interviewer id → rating points to take off each of their ratings (the panel model's severity) */
  severity?: ReadonlyMap<string, number>;
}

/** 1–5 on the scale → 0–100 */
export const toPercent = (rating: number) => ((rating - 1) / 4) * 100;
const round1 = (n: number) => Math.round(n * 10) / 10;
const clampRating = (value: number) => Math.min(5, Math.max(1, value));

export function aggregate(rubric: Rubric, hiring: Hiring, options: AggregateOptions = {}): Aggregate {
  const { severity } = options;
  const { criteria } = rubric;
  const nCriteria = criteria.length;
  const cards = hiring.scorecards;
  const groups = groupSubmitted(cards);
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const interviewerIndex = new Map(hiring.interviewers.map((iv, i) => [iv.id, i]));
  const coverage = coveredBy(rubric, hiring.interviewers).map((c) => ({
    ...c,
    indices: c.interviewerIds.map((id) => interviewerIndex.get(id) ?? -1),
  }));
  const expectedIds = new Set(coverage.flatMap((c) => c.interviewerIds));
  const archetypeIndex = ARCHETYPES.map((a) => criteria.findIndex((c) => c.group === 'archetype' && c.source === a));
  const cells = Math.max(1, hiring.candidates.length * nCriteria);
  const cols: RatingColumns = {
    rubric,
    cards,
    count: new Int32Array(cells),
    sum: new Float64Array(cells),
    min: new Float64Array(cells).fill(5),
    max: new Float64Array(cells).fill(1),
    criterion: new Int32Array(groups.ratings),
    rating: new Float64Array(groups.ratings),
    card: new Int32Array(groups.ratings),
  };
  const { count, sum, min, max, criterion: criterionColumn, rating: ratingColumn, card: cardColumn } = cols;
  let filled = 0;
  // who has settled what for the candidate at hand, reused
  const rated = new Uint8Array(Math.max(1, hiring.interviewers.length * nCriteria));

  const candidates = hiring.candidates.map((candidate, c): CandidateResult => {
    const g = groups.group.get(candidate.id);
    const first = g === undefined ? 0 : groups.start[g]!;
    const last = g === undefined ? 0 : groups.start[g + 1]!;
    const recommendations = { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0 } satisfies Record<Recommendation, number>;
    rated.fill(0);
    const notAssessed: CandidateResult['notAssessed'] = [];
    const from = filled;
    const cell = c * nCriteria;
    let submittedExpected = 0;
    for (let o = first; o < last; o += 1) {
      const j = groups.order[o]!;
      const card = cards[j]!;
      if (card.recommendation) recommendations[card.recommendation] += 1;
      if (expectedIds.has(card.interviewerId)) submittedExpected += 1;
      const interviewer = interviewerIndex.get(card.interviewerId) ?? -1;
      const shift = severity?.get(card.interviewerId) ?? 0;
      // one rating per interviewer and criterion: a repeat (refused in files, never trusted here)
      // must not multiply its weight
      const seen = interviewer < 0 ? new Set<number>() : null;
      const ratings = card.ratings;
      for (let p = 0; p < ratings.length; p += 1) {
        const r = ratings[p]!;
        // cards list the rubric's criteria in its order: try that position before the map
        const index = p < nCriteria && criteria[p]!.id === r.criterionId ? p : criterionIndex.get(r.criterionId);
        if (index === undefined) continue;
        if (seen ? seen.has(index) : rated[interviewer * nCriteria + index]) continue;
        if (isScore(r.rating)) {
          const rating = shift ? clampRating(r.rating - shift) : r.rating;
          criterionColumn[filled] = index;
          ratingColumn[filled] = rating;
          cardColumn[filled] = j;
          filled += 1;
          const at = cell + index;
          count[at]! += 1;
          sum[at]! += rating;
          if (rating < min[at]!) min[at] = rating;
          if (rating > max[at]!) max[at] = rating;
        } else if (isNotAssessed(r) && r.evidence.trim()) {
          notAssessed.push({ interviewerId: card.interviewerId, criterionId: r.criterionId, reason: r.evidence.trim() });
        } else continue;
        if (seen) seen.add(index);
        else rated[interviewer * nCriteria + index] = 1;
      }
    }
    const to = filled;
    let weighted = 0;
    let weight = 0;
    const disagreements: string[] = [];
    for (let k = 0; k < nCriteria; k += 1) {
      const n = count[cell + k]!;
      if (n === 0) continue;
      if (max[cell + k]! - min[cell + k]! >= DISAGREEMENT_GAP) disagreements.push(criteria[k]!.id);
      if (criteria[k]!.weight === 0) continue;
      weighted += criteria[k]!.weight * toPercent(sum[cell + k]! / n);
      weight += criteria[k]!.weight;
    }
    const profile = {} as Record<Archetype, number | null>;
    ARCHETYPES.forEach((a, k) => {
      const index = archetypeIndex[k] ?? -1;
      const n = index < 0 ? 0 : count[cell + index]!;
      profile[a] = n === 0 ? null : round1(toPercent(sum[cell + index]! / n));
    });
    const missing: CandidateResult['missing'] = [];
    // plain loops: 1,000 candidates × every criterion × every interviewer in focus, no closures
    for (let criterion = 0; criterion < coverage.length; criterion += 1) {
      const { criterionId, interviewerIds, indices } = coverage[criterion]!;
      for (let k = 0; k < indices.length; k += 1) {
        const interviewer = indices[k]!;
        if (interviewer < 0 || !rated[interviewer * nCriteria + criterion])
          missing.push({ interviewerId: interviewerIds[k]!, criterionId });
      }
    }
    let stats: CriterionStat[] | undefined;
    return {
      candidateId: candidate.id,
      score: weight === 0 ? null : round1(weighted / weight),
      profile,
      get criteria() {
        return (stats ??= statsOf(cols, c, from, to));
      },
      counts: count.subarray(cell, cell + nCriteria),
      recommendations,
      disagreements,
      missing,
      notAssessed,
      submitted: last - first,
      expected: expectedIds.size,
      complete: expectedIds.size > 0 && submittedExpected === expectedIds.size && missing.length === 0,
    };
  });
  return { candidates, adjusted: severity !== undefined };
}
