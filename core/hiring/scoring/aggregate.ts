// From submitted scorecards to comparable figures: a weighted score per candidate (0–100), an
// archetype profile, per-criterion mean and spread, disagreements, the ratings still missing and
// whether the candidate's scoring is complete. Given the panel model's severities, the same figures
// come out adjusted: each rating less its interviewer's severity (panel-model.ts).
// Pure and index-based, so 1,000 candidates × 10 interviewers × 20 criteria stays well under 50 ms.
import { ARCHETYPES, type Archetype } from '../../role/vocabulary.js';
import type { Criterion, Hiring, Recommendation, Rubric, Scorecard } from '../../schema/rubric.js';
import { RECOMMENDATIONS } from '../../schema/rubric.js';
import { coveredBy } from '../../rubric/focus.js';
import { isNotAssessed, isScore } from '../ratings.js';

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

const clampRating = (value: number) => Math.min(5, Math.max(1, value));

export function aggregate(rubric: Rubric, hiring: Hiring, options: AggregateOptions = {}): Aggregate {
  const submitted = hiring.scorecards.filter((s) => s.status === 'submitted');
  const { severity } = options;
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
  const expectedIds = new Set(coverage.flatMap((c) => c.interviewerIds));
  const archetypeIndex = ARCHETYPES.map((a) => rubric.criteria.findIndex((c) => c.group === 'archetype' && c.source === a));
  const rated = new Uint8Array(Math.max(1, hiring.interviewers.length * nCriteria));

  const candidates = hiring.candidates.map((candidate): CandidateResult => {
    const cards = byCandidate.get(candidate.id) ?? [];
    const perCriterion: { interviewerId: string; rating: number }[][] = rubric.criteria.map(() => []);
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
    rated.fill(0);
    const notAssessed: CandidateResult['notAssessed'] = [];
    let submittedExpected = 0;
    for (const card of cards) {
      if (card.recommendation) recommendations[card.recommendation] += 1;
      if (expectedIds.has(card.interviewerId)) submittedExpected += 1;
      const interviewer = interviewerIndex.get(card.interviewerId) ?? -1;
      const shift = severity?.get(card.interviewerId) ?? 0;
      // one rating per interviewer and criterion: a repeat (refused in files, never trusted here)
      // must not multiply its weight
      const seen = interviewer < 0 ? new Set<number>() : null;
      for (const r of card.ratings) {
        const index = criterionIndex.get(r.criterionId);
        if (index === undefined) continue;
        if (seen ? seen.has(index) : rated[interviewer * nCriteria + index]) continue;
        if (isScore(r.rating)) {
          const rating = shift ? clampRating(r.rating - shift) : r.rating;
          perCriterion[index]?.push({ interviewerId: card.interviewerId, rating });
        } else if (isNotAssessed(r) && r.evidence.trim()) {
          notAssessed.push({ interviewerId: card.interviewerId, criterionId: r.criterionId, reason: r.evidence.trim() });
        } else continue;
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
      notAssessed,
      submitted: cards.length,
      expected: expectedIds.size,
      complete: expectedIds.size > 0 && submittedExpected === expectedIds.size && missing.length === 0,
    };
  });
  return { candidates, adjusted: severity !== undefined };
}
