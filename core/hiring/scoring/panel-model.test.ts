// The panel model on simulated panels whose severities are known: it must find them again, judge
// each interviewer on the candidates they met, and say "unknown" (null) rather than guess.
import { describe, expect, it } from 'vitest';
import { normal, simulatedPanel, type PanelTruth } from '../../testing/panels.js';
import { seededRandom } from '../../testing/hiring.js';
import { observationsOf } from './observations.js';
import { fitPanel } from './panel-model.js';

const fitOf = (truth: PanelTruth) => {
  const { rubric, hiring } = simulatedPanel(truth);
  return fitPanel(observationsOf(rubric, hiring));
};
/** the simulated truth centred as the model identifies it: severities average zero */
const centred = (values: readonly number[]) => values.map((v) => v - values.reduce((s, x) => s + x, 0) / values.length);
const draw = (n: number, sd: number, seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => 3 + sd * normal(random));
};

describe('the panel model', () => {
  it('recovers known severities on a fully crossed panel', () => {
    const severities = [-0.8, -0.3, 0, 0.4, 0.7];
    const fit = fitOf({ standings: draw(30, 0.6, 1), severities, difficulties: [-0.3, 0, 0.1, 0.2, -0.2, 0.2, 0, 0] });
    expect(fit.converged).toBe(true);
    // 240 ratings each with noise 0.4: a standard error near 0.03, so 0.1 is over three of them
    fit.severity.forEach((s, i) => expect(Math.abs(s! - centred(severities)[i]!)).toBeLessThan(0.1));
    expect(fit.residualSd).toBeGreaterThan(0.3);
    expect(fit.residualSd).toBeLessThan(0.5);
  });

  it('recovers them from whole ratings when each candidate meets only some of the panel', () => {
    const severities = [-0.6, -0.2, 0, 0.2, 0.5, 0.1];
    // each candidate meets three interviewers in a rotating pattern, so every pair overlaps somewhere
    const meets = (c: number, i: number) => (i - c + 60) % 6 < 3;
    const fit = fitOf({ standings: draw(60, 0.5, 2), severities, difficulties: [0, 0.2, -0.2, 0, 0.1, -0.1], meets, whole: true, seed: 3 });
    expect(fit.components.count).toBe(1);
    fit.severity.forEach((s, i) => expect(Math.abs(s! - centred(severities)[i]!)).toBeLessThan(0.15));
  });

  it('does not take an interviewer who met only strong candidates for lenient', () => {
    const standings = [...draw(20, 0.3, 4).map((s) => s - 0.8), ...draw(10, 0.3, 5).map((s) => s + 1)];
    const severities = [0, -0.4, 0.4, 0];
    // interviewer 3 met only the ten strong candidates (20–29), alongside everyone else
    const meets = (c: number, i: number) => i < 3 || c >= 20;
    const { rubric, hiring } = simulatedPanel({ standings, severities, difficulties: [0, 0, 0, 0], meets, seed: 6 });
    const fit = fitPanel(observationsOf(rubric, hiring));
    expect(Math.abs(fit.severity[3]!)).toBeLessThan(0.15);
    // what a per-interviewer average says instead: interviewer 3 rates far above the panel
    const mean = (id: string) => {
      const values = hiring.scorecards.filter((s) => s.interviewerId === id).flatMap((s) => s.ratings.map((r) => r.rating as number));
      return values.reduce((s, v) => s + v, 0) / values.length;
    };
    const panelMean = hiring.scorecards
      .flatMap((s) => s.ratings.map((r) => r.rating as number))
      .reduce((s, v, _, all) => s + v / all.length, 0);
    expect(mean('i3') - panelMean).toBeGreaterThan(0.8);
  });

  it('judges severities only within groups that share candidates, and knows an interviewer alone is unknown', () => {
    // candidates 0–9 meet interviewers 0 and 1; candidates 10–19 meet interviewers 2 and 3; 20–24 meet 4 only
    const meets = (c: number, i: number) => (c < 10 ? i < 2 : c < 20 ? i === 2 || i === 3 : i === 4);
    const severities = [0.5, -0.5, 0.3, -0.3, 1];
    const fit = fitOf({ standings: draw(25, 0.5, 8), severities, difficulties: [0, 0.2, -0.2], meets, seed: 9 });
    expect(fit.components.count).toBe(3);
    // 30 ratings each: within 0.15 of the truth, about three standard errors
    [0.5, -0.5, 0.3, -0.3].forEach((truth, i) => expect(Math.abs(fit.severity[i]! - truth)).toBeLessThan(0.15));
    expect(fit.severity[4]).toBeNull();
  });

  it('answers unusual panels without a single NaN', () => {
    const cases: PanelTruth[] = [
      { standings: [3], severities: [0], difficulties: [0] }, // one of each
      { standings: [3, 4, 2], severities: [0.5], difficulties: [0, 0.2] }, // one interviewer
      { standings: [3], severities: [0.5, -0.5, 0], difficulties: [0, 0.1] }, // one candidate
      { standings: [3, 3, 3], severities: [0, 0], difficulties: [0, 0], noise: 0 }, // every rating equal
      { standings: [3, 4], severities: [0, 1], difficulties: [0], meets: () => false }, // nothing rated
    ];
    for (const truth of cases) {
      const fit = fitOf(truth);
      const numbers = [fit.overall, fit.residualSd, ...fit.severity, ...fit.candidate, ...fit.interviewer, ...fit.criterion];
      expect(numbers.every((n) => n === null || Number.isFinite(n))).toBe(true);
    }
    expect(fitOf(cases[1]!).severity).toEqual([null]);
    expect(fitOf(cases[2]!).severity.every((s) => s !== null)).toBe(true);
    expect(fitOf(cases[3]!)).toMatchObject({ overall: 3, residualSd: 0 });
    expect(fitOf(cases[4]!)).toMatchObject({ overall: null, residualSd: null, severity: [null, null] });
  });
});
