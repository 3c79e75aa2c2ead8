// `cxo-studio stats --json`: the measured panel in exactly the shape scripts read. Severity in
// rating points (positive: rates higher than the panel would), reliability in [-1, 1], scores and
// intervals on the 0–100 scale; null wherever a figure cannot be computed, never NaN.
import type { MeasuredPanel } from './measured.js';

export interface StatsJson {
  interviewers: { id: string; severity: number | null }[];
  criteria: { id: string; reliability: number | null }[];
  candidates: { id: string; score: number | null; low: number | null; high: number | null }[];
}

const finite = (value: number | null, places: number): number | null => {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** places;
  // + 0 turns a rounded −0 into 0
  return Math.round(value * factor) / factor + 0;
};

export const statsJson = (panel: MeasuredPanel): StatsJson => ({
  interviewers: panel.interviewers.map((i) => ({ id: i.interviewerId, severity: finite(i.severity, 2) })),
  criteria: panel.criteria.map((c) => ({ id: c.criterionId, reliability: finite(c.reliability.alpha, 3) })),
  candidates: panel.candidates.map((c) => ({
    id: c.candidateId,
    score: finite(c.score, 1),
    low: finite(c.low, 1),
    high: finite(c.high, 1),
  })),
});
