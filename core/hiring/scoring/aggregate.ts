// From submitted scorecards to comparable figures: a weighted score per candidate (0–100), an
// archetype profile, per-criterion mean and spread, disagreements and the ratings still missing.
// Pure and index-based, so 1,000 candidates × 10 interviewers × 20 criteria stays well under 50 ms.
import { ARCHETYPES, type Archetype } from '../../role/vocabulary.js';
import type { Criterion, Hiring, Recommendation, Rubric, Scorecard } from '../../schema/rubric.js';
import { RECOMMENDATIONS } from '../../schema/rubric.js';
import { calibrate, type Calibration } from './calibrate.js';
import { coveredBy } from '../../rubric/focus.js';

/** Two interviewers this far apart on one criterion is worth talking about before deciding. */
export const DISAGREEMENT_GAP = 2;

export interface CriterionStat {
  criterionId: string;
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
  criteria: CriterionStat[];
  recommendations: Record<Recommendation, number>;
  disagreements: string[];
  missing: { interviewerId: string; criterionId: string }[];
  submitted: number;
}

export interface Aggregate {
  candidates: CandidateResult[];
  calibration: Calibration | null;
}

/** 1–5 on the scale → 0–100 */
export const toPercent = (rating: number) => ((rating - 1) / 4) * 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

function weightedScore(criteria: readonly Criterion[], stats: readonly CriterionStat[]): number | null {
  let sum = 0;
  let weight = 0;
  criteria.forEach((c, i) => {
    const mean = stats[i]?.mean;
    if (mean == null || c.weight === 0) return;
    sum += c.weight * toPercent(mean);
    weight += c.weight;
  });
  return weight === 0 ? null : round1(sum / weight);
}

function statFor(criterionId: string, ratings: { interviewerId: string; rating: number }[]): CriterionStat {
  if (ratings.length === 0) return { criterionId, ratings, mean: null, min: null, max: null, spread: null, disagreement: false };
  let min = 5;
  let max = 1;
  let sum = 0;
  for (const r of ratings) {
    min = Math.min(min, r.rating);
    max = Math.max(max, r.rating);
    sum += r.rating;
  }
  return { criterionId, ratings, mean: sum / ratings.length, min, max, spread: max - min, disagreement: max - min >= DISAGREEMENT_GAP };
}

export function aggregate(rubric: Rubric, hiring: Hiring, options: { calibrated?: boolean } = {}): Aggregate {
  const submitted = hiring.scorecards.filter((s) => s.status === 'submitted');
  const calibration = options.calibrated ? calibrate(submitted) : null;
  const byCandidate = new Map<string, Scorecard[]>();
  for (const card of submitted) {
    const list = byCandidate.get(card.candidateId);
    if (list) list.push(card);
    else byCandidate.set(card.candidateId, [card]);
  }
  // numeric indices instead of string keys: this loop runs for every rating of every candidate
  const criterionIndex = new Map(rubric.criteria.map((c, i) => [c.id, i]));
  const interviewerIndex = new Map(hiring.interviewers.map((iv, i) => [iv.id, i]));
  const nCriteria = rubric.criteria.length;
  const coverage = coveredBy(rubric, hiring.interviewers).map((c) => ({
    ...c,
    indices: c.interviewerIds.map((id) => interviewerIndex.get(id) ?? -1),
  }));
  const archetypeIndex = ARCHETYPES.map((a) => rubric.criteria.findIndex((c) => c.group === 'archetype' && c.source === a));
  const rated = new Uint8Array(Math.max(1, hiring.interviewers.length * nCriteria));

  const candidates = hiring.candidates.map((candidate): CandidateResult => {
    const cards = byCandidate.get(candidate.id) ?? [];
    const perCriterion: { interviewerId: string; rating: number }[][] = rubric.criteria.map(() => []);
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
    rated.fill(0);
    for (const card of cards) {
      if (card.recommendation) recommendations[card.recommendation] += 1;
      const interviewer = interviewerIndex.get(card.interviewerId) ?? -1;
      // one rating per interviewer and criterion: a repeat (refused in files, never trusted here)
      // must not multiply its weight
      const seen = interviewer < 0 ? new Set<number>() : null;
      for (const r of card.ratings) {
        const index = criterionIndex.get(r.criterionId);
        if (index === undefined || r.rating === null) continue;
        if (seen ? seen.has(index) : rated[interviewer * nCriteria + index]) continue;
        const rating = calibration ? calibration.adjust(card.interviewerId, r.rating) : r.rating;
        perCriterion[index]?.push({ interviewerId: card.interviewerId, rating });
        if (seen) seen.add(index);
        else rated[interviewer * nCriteria + index] = 1;
      }
    }
    const criteria = rubric.criteria.map((c, i) => statFor(c.id, perCriterion[i] ?? []));
    const profile = Object.fromEntries(
      ARCHETYPES.map((a, k) => {
        const index = archetypeIndex[k] ?? -1;
        const mean = index < 0 ? null : (criteria[index]?.mean ?? null);
        return [a, mean === null ? null : round1(toPercent(mean))];
      }),
    ) as Record<Archetype, number | null>;
    const missing: CandidateResult['missing'] = [];
    coverage.forEach(({ criterionId, interviewerIds, indices }, criterion) => {
      indices.forEach((interviewer, k) => {
        if (interviewer < 0 || !rated[interviewer * nCriteria + criterion])
          missing.push({ interviewerId: interviewerIds[k]!, criterionId });
      });
    });
    return {
      candidateId: candidate.id,
      score: weightedScore(rubric.criteria, criteria),
      profile,
      criteria,
      recommendations,
      disagreements: criteria.filter((s) => s.disagreement).map((s) => s.criterionId),
      missing,
      submitted: cards.length,
    };
  });
  return { candidates, calibration };
}
