// The measured panel: severities from the panel model, each candidate's score adjusted for them
// with an interval, and each criterion's reliability, always beside the raw figures. The interval
// is ±1.96 standard errors of the weighted score, taking the model's residual spread over the number
// of ratings behind each criterion: it says how far more ratings of the same kind could move the
// score, not how sure the panel's judgement is (and it leaves out the uncertainty of the severities).
import type { Hiring, Rubric } from '../../schema/rubric.js';
import { aggregate, toPercent, type Aggregate } from './aggregate.js';
import { observationsOf } from './observations.js';
import { fitPanel, type PanelFit } from './panel-model.js';
import { agreementOf, criterionReliability, type Agreement, type Reliability } from './reliability.js';

export interface MeasuredCandidate {
  candidateId: string;
  raw: number | null;
  /** adjusted for interviewer severity, 0–100 */
  score: number | null;
  low: number | null;
  high: number | null;
  /** half the interval's width, in score points: the same about the raw score */
  margin: number | null;
  /** the candidate's interviewers were linked to the rest of the panel through shared candidates */
  linked: boolean;
}

export interface MeasuredInterviewer {
  interviewerId: string;
  severity: number | null;
  ratings: number;
}

export interface MeasuredCriterion {
  criterionId: string;
  reliability: Reliability;
  agreement: Agreement | null;
}

export interface MeasuredPanel {
  raw: Aggregate;
  adjusted: Aggregate;
  candidates: MeasuredCandidate[];
  interviewers: MeasuredInterviewer[];
  criteria: MeasuredCriterion[];
  residualSd: number | null;
  /** separate groups of interviewers with no candidate in common: severities compare only within a group */
  groups: number;
  fit: PanelFit;
}

const Z95 = 1.96;
/** one rating point on the 1–5 scale in points of the 0–100 score */
const POINTS_PER_RATING = toPercent(2) - toPercent(1);
const round1 = (n: number) => Math.round(n * 10) / 10;
const clampPercent = (n: number) => Math.min(100, Math.max(0, n));

export function measurePanel(rubric: Rubric, hiring: Hiring): MeasuredPanel {
  const obs = observationsOf(rubric, hiring);
  const fit = fitPanel(obs);
  const severity = new Map<string, number>();
  hiring.interviewers.forEach((iv, i) => {
    const s = fit.severity[i];
    if (s !== null && s !== undefined) severity.set(iv.id, s);
  });
  const raw = aggregate(rubric, hiring);
  const adjusted = aggregate(rubric, hiring, { severity });
  const { residualSd } = fit;
  const biggestGroup = fit.components.interviewersIn.indexOf(Math.max(0, ...fit.components.interviewersIn));

  const candidates = adjusted.candidates.map((result, c): MeasuredCandidate => {
    const score = result.score;
    let weight = 0;
    let variance = 0;
    rubric.criteria.forEach((criterion, j) => {
      const n = result.counts[j] ?? 0;
      if (!n || criterion.weight === 0) return;
      weight += criterion.weight;
      variance += criterion.weight * criterion.weight * (1 / n);
    });
    const half =
      score !== null && residualSd !== null && weight > 0 ? (Z95 * residualSd * Math.sqrt(variance) * POINTS_PER_RATING) / weight : null;
    return {
      candidateId: result.candidateId,
      raw: raw.candidates[c]?.score ?? null,
      score,
      low: half === null || score === null ? null : round1(clampPercent(score - half)),
      high: half === null || score === null ? null : round1(clampPercent(score + half)),
      margin: half === null ? null : round1(half),
      linked: fit.components.count <= 1 || fit.components.candidate[c] === biggestGroup,
    };
  });
  const ratingsBy = new Float64Array(obs.interviewers);
  for (const i of obs.interviewer) ratingsBy[i]! += 1;
  const interviewers = hiring.interviewers.map((iv, i) => ({
    interviewerId: iv.id,
    severity: fit.severity[i] ?? null,
    ratings: ratingsBy[i] ?? 0,
  }));
  const criteria = criterionReliability(obs).map((reliability, j) => ({
    criterionId: rubric.criteria[j]!.id,
    reliability,
    agreement: reliability.alpha === null ? null : agreementOf(reliability.alpha),
  }));
  return { raw, adjusted, candidates, interviewers, criteria, residualSd, groups: fit.components.count, fit };
}
