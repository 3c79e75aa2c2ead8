import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../testing/hiring.js';
import { simulatedPanel } from '../../testing/panels.js';
import { measurePanel } from './measured.js';
import { statsJson } from './stats-json.js';

describe('the measured panel', () => {
  it('adjusts a lenient interviewer’s candidates down and a strict one’s up, raw beside adjusted', () => {
    // interviewers 0 and 1 meet every candidate; 2 (lenient) meets the first half, 3 (strict) the second
    const meets = (c: number, i: number) => i < 2 || (i === 2 ? c < 10 : c >= 10);
    const { rubric, hiring } = simulatedPanel({
      standings: Array(20).fill(3),
      severities: [0, 0, 0.8, -0.8],
      difficulties: [0, 0, 0],
      meets,
      noise: 0.2,
      whole: true,
    });
    const panel = measurePanel(rubric, hiring);
    const first = panel.candidates.slice(0, 10);
    const second = panel.candidates.slice(10);
    const avg = (list: typeof first, pick: 'raw' | 'score') => list.reduce((s, c) => s + c[pick]!, 0) / list.length;
    expect(avg(first, 'raw') - avg(second, 'raw')).toBeGreaterThan(15); // equal candidates, unequal raw scores
    expect(Math.abs(avg(first, 'score') - avg(second, 'score'))).toBeLessThan(4); // levelled once adjusted
    for (const c of panel.candidates) {
      expect(c.low!).toBeLessThanOrEqual(c.score!);
      expect(c.high!).toBeGreaterThanOrEqual(c.score!);
    }
  });

  it('gives a candidate with more ratings a narrower interval', () => {
    const meets = (c: number, i: number) => c !== 0 || i === 0;
    const { rubric, hiring } = simulatedPanel({
      standings: [3, 3, 3, 3, 3, 3],
      severities: [0, 0, 0, 0],
      difficulties: [0, 0],
      meets,
      noise: 0.5,
      whole: true,
    });
    const [few, many] = measurePanel(rubric, hiring).candidates;
    expect(few!.high! - few!.low!).toBeGreaterThan(1.5 * (many!.high! - many!.low!));
  });

  it('prints exactly the stats shape, with reliability for every criterion of the sample project', () => {
    const project = sampleHiringProject();
    const json = statsJson(measurePanel(project.rubric, project.hiring));
    expect(Object.keys(json)).toEqual(['interviewers', 'criteria', 'candidates']);
    expect(json.interviewers.map((i) => Object.keys(i))).toEqual(project.hiring.interviewers.map(() => ['id', 'severity']));
    expect(json.criteria.map((c) => Object.keys(c))).toEqual(project.rubric.criteria.map(() => ['id', 'reliability']));
    expect(json.candidates.map((c) => Object.keys(c))).toEqual(project.hiring.candidates.map(() => ['id', 'score', 'low', 'high']));
    // Noor has no ratings at all
    expect(json.candidates.find((c) => c.id === 'noor')).toEqual({ id: 'noor', score: null, low: null, high: null });
  });

  it('never lets NaN or Infinity through, whatever the panel’s design', () => {
    const design = fc.record({
      candidates: fc.integer({ min: 0, max: 6 }),
      interviewers: fc.integer({ min: 0, max: 4 }),
      criteria: fc.integer({ min: 1, max: 4 }),
      meet: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
      noise: fc.constantFrom(0, 0.3, 2),
      seed: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(design, ({ candidates, interviewers, criteria, meet, noise, seed }) => {
        const { rubric, hiring } = simulatedPanel({
          standings: Array.from({ length: candidates }, (_, c) => 2 + (c % 3)),
          severities: Array.from({ length: interviewers }, (_, i) => (i % 2 ? 0.5 : -0.5)),
          difficulties: Array(criteria).fill(0),
          meets: (c, i) => meet[(c * 4 + i) % 24]!,
          noise,
          whole: true,
          seed,
        });
        const json = statsJson(measurePanel(rubric, hiring));
        const text = JSON.stringify(json);
        const numbers = [
          ...json.interviewers.map((i) => i.severity),
          ...json.criteria.map((c) => c.reliability),
          ...json.candidates.flatMap((c) => [c.score, c.low, c.high]),
        ];
        return (
          !/NaN|Infinity/.test(text) &&
          numbers.every((n) => n === null || Number.isFinite(n)) &&
          json.criteria.every((c) => c.reliability === null || (c.reliability >= -1 && c.reliability <= 1)) &&
          json.candidates.every(
            (c) =>
              (c.score === null || (c.score >= 0 && c.score <= 100)) &&
              (c.low === null) === (c.high === null) &&
              (c.low === null || (c.score !== null && c.low <= c.score && c.score <= c.high!)),
          )
        );
      }),
      { numRuns: 300 },
    );
  });
});
