// Aggregation against figures worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Criterion, Hiring, Rating, Rubric, Scorecard } from '../../schema/rubric.js';
import { aggregate } from './aggregate.js';

const anchors = { low: 'l', mid: 'm', high: 'h' };
const criterion = (id: string, weight: number, group: Criterion['group'] = 'mustHave', source: string | null = id): Criterion => ({
  id,
  group,
  source,
  title: id,
  weight,
  anchors,
  questions: ['q'],
  evidence: 'e',
});
const rubric: Rubric = {
  weightsEdited: true,
  criteria: [criterion('a', 50), criterion('b', 30), criterion('p', 20, 'archetype', 'practitioner')],
};
const card = (
  candidateId: string,
  interviewerId: string,
  ratings: Record<string, number | null>,
  extra: Partial<Scorecard> = {},
): Scorecard => ({
  id: `${candidateId}-${interviewerId}`,
  candidateId,
  interviewerId,
  status: 'submitted',
  ratings: Object.entries(ratings).map(([criterionId, rating]): Rating => ({ criterionId, rating, evidence: '' })),
  recommendation: 'yes',
  updatedAt: '2026-01-01T00:00:00Z',
  submittedAt: '2026-01-01T00:00:00Z',
  ...extra,
});
const hiring = (scorecards: Scorecard[]): Hiring => ({
  shortlist: { top: 10, added: [] },
  independentScoring: true,
  interviewers: [
    { id: 'i1', name: 'Ana', focus: [] },
    { id: 'i2', name: 'Ben', focus: ['a', 'b'] },
  ],
  candidates: [
    { id: 'c1', name: 'Chloe', currentRole: '', origin: 'internal' },
    { id: 'c2', name: 'Dev', currentRole: '', origin: 'external' },
  ],
  scorecards,
});

describe('aggregate', () => {
  it('weights criterion means into a 0–100 score and an archetype profile', () => {
    // c1: a = (5+3)/2 = 4 → 75; b = (4+4)/2 = 4 → 75; p = 2 → 25
    // score = (50×75 + 30×75 + 20×25) / 100 = 65
    const result = aggregate(
      rubric,
      hiring([card('c1', 'i1', { a: 5, b: 4, p: 2 }), card('c1', 'i2', { a: 3, b: 4 }, { recommendation: 'strong-yes' })]),
    );
    const c1 = result.candidates[0]!;
    expect(c1.score).toBe(65);
    expect(c1.profile.practitioner).toBe(25);
    expect(c1.profile.futurist).toBeNull();
    expect(c1.criteria[0]).toMatchObject({ mean: 4, min: 3, max: 5, spread: 2, disagreement: true });
    expect(c1.disagreements).toEqual(['a']);
    expect(c1.recommendations).toEqual({ 'strong-no': 0, no: 0, yes: 1, 'strong-yes': 1 });
    expect(c1.missing).toEqual([]);
  });

  it('leaves unrated criteria out of the weighting and lists the missing ratings by interviewer', () => {
    // c2: only i1 submitted, rated a = 4 (75) and b missing (null), p = 5 (100): (50×75 + 20×100) / 70 = 82.1
    const result = aggregate(
      rubric,
      hiring([card('c2', 'i1', { a: 4, b: null, p: 5 }), card('c2', 'i2', { a: 1, b: 1 }, { status: 'draft' })]),
    );
    const c2 = result.candidates[1]!;
    expect(c2.score).toBe(82.1);
    expect(c2.submitted).toBe(1);
    expect(c2.missing).toEqual([
      { interviewerId: 'i2', criterionId: 'a' },
      { interviewerId: 'i1', criterionId: 'b' },
      { interviewerId: 'i2', criterionId: 'b' },
    ]);
    expect(c2.disagreements).toEqual([]);
    expect(result.candidates[0]).toMatchObject({ score: null, submitted: 0 });
  });

  it('flags no disagreement for a one-point gap', () => {
    const result = aggregate(rubric, hiring([card('c1', 'i1', { a: 3, b: 3, p: 3 }), card('c1', 'i2', { a: 4, b: 2 })]));
    expect(result.candidates[0]!.disagreements).toEqual([]);
  });

  it('calibrates a lenient and a strict interviewer onto one scale, leaving raw results unchanged', () => {
    // i1 rates everyone high, i2 low; both rank c1 above c2
    const cards = [
      card('c1', 'i1', { a: 5, b: 5, p: 5 }),
      card('c2', 'i1', { a: 4, b: 4, p: 4 }),
      card('c1', 'i2', { a: 2, b: 2 }),
      card('c2', 'i2', { a: 1, b: 1 }),
    ];
    const raw = aggregate(rubric, hiring(cards));
    const calibrated = aggregate(rubric, hiring(cards), { calibrated: true });
    expect(raw.calibration).toBeNull();
    expect(calibrated.calibration?.interviewers.get('i1')).toMatchObject({ mean: 4.5, sd: 0.5, count: 6 });
    // after calibration both interviewers' scales match: c1's a = mean of two equal z-scores
    const a1 = calibrated.candidates[0]!.criteria[0]!;
    expect(a1.ratings[0]!.rating).toBeCloseTo(a1.ratings[1]!.rating, 5);
    expect(a1.disagreement).toBe(false);
    expect(raw.candidates[0]!.criteria[0]!.disagreement).toBe(true);
    expect(calibrated.candidates[0]!.score!).toBeGreaterThan(calibrated.candidates[1]!.score!);
  });
});
