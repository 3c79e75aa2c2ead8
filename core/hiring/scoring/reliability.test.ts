import { describe, expect, it } from 'vitest';
import { simulatedPanel } from '../../testing/panels.js';
import { observationsOf } from './observations.js';
import { agreementOf, criterionReliability, ordinalAlpha } from './reliability.js';

describe("Krippendorff's alpha, ordinal", () => {
  it('matches the worked example of Krippendorff (2011): four coders, twelve units, ordinal alpha .815', () => {
    // rows are coders A–D, columns units 1–12; null where a coder gave no value
    const coders = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = coders[0]!.map((_, u) => coders.map((row) => row[u]).filter((v): v is number => v !== null && v !== undefined));
    const result = ordinalAlpha(units);
    expect(result.alpha).toBeCloseTo(0.815, 3);
    expect(result.pairable).toBe(40);
  });

  it('is 1 for perfect agreement with variation, and null when it cannot be computed', () => {
    expect(
      ordinalAlpha([
        [1, 1],
        [3, 3],
        [5, 5, 5],
      ]).alpha,
    ).toBe(1);
    expect(ordinalAlpha([[4], [2], [5]])).toEqual({ alpha: null, missing: 'too-few', pairable: 0 });
    expect(
      ordinalAlpha([
        [3, 3],
        [3, 3, 3],
      ]),
    ).toMatchObject({ alpha: null, missing: 'no-variation' });
    expect(ordinalAlpha([])).toMatchObject({ alpha: null, missing: 'too-few' });
  });

  it('stays within [-1, 1] even for systematic disagreement', () => {
    const result = ordinalAlpha([
      [1, 5],
      [5, 1],
      [1, 5],
    ]);
    expect(result.alpha).toBeLessThan(0);
    expect(result.alpha).toBeGreaterThanOrEqual(-1);
  });

  it('reads in Krippendorff’s bands', () => {
    expect([0.9, 0.8, 0.7, 0.667, 0.5, -0.2].map(agreementOf)).toEqual(['good', 'good', 'tentative', 'tentative', 'poor', 'poor']);
  });

  it('per criterion: high where interviewers agree, low where they rate at random, null where one rated', () => {
    // criterion 0 tracks the candidates closely; criterion 1 is mostly noise; criterion 2 is rated by one
    const standings = Array.from({ length: 20 }, (_, c) => 1.5 + (c % 5) * 0.7);
    const { rubric, hiring } = simulatedPanel({
      standings,
      severities: [0, 0, 0],
      difficulties: [0, 0, 0],
      noise: 0.2,
      whole: true,
      seed: 11,
    });
    const random = simulatedPanel({ standings, severities: [0, 0, 0], difficulties: [0], noise: 3, whole: true, seed: 12 });
    for (const card of hiring.scorecards) {
      const twin = random.hiring.scorecards.find((s) => s.id === card.id)!;
      card.ratings[1]!.rating = twin.ratings[0]!.rating;
      if (card.interviewerId !== 'i0') card.ratings[2]!.rating = null;
    }
    const [close, noisy, single] = criterionReliability(observationsOf(rubric, hiring));
    expect(close!.alpha).toBeGreaterThan(0.8);
    expect(noisy!.alpha).toBeLessThan(0.667);
    expect(single).toEqual({ alpha: null, missing: 'too-few', pairable: 0 });
  });
});
