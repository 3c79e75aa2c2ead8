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
  ratings: Record<string, Rating['rating']>,
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
  lead: null,
  log: [],
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

  it("takes severities off each interviewer's ratings when asked, leaving raw results unchanged", () => {
    // i1 rates everyone high, i2 low; both rank c1 above c2
    const cards = [
      card('c1', 'i1', { a: 5, b: 5, p: 5 }),
      card('c2', 'i1', { a: 4, b: 4, p: 4 }),
      card('c1', 'i2', { a: 2, b: 2 }),
      card('c2', 'i2', { a: 1, b: 1 }),
    ];
    const raw = aggregate(rubric, hiring(cards));
    const adjusted = aggregate(rubric, hiring(cards), {
      severity: new Map([
        ['i1', 1.5],
        ['i2', -1.5],
      ]),
    });
    expect(raw.adjusted).toBe(false);
    expect(adjusted.adjusted).toBe(true);
    const a1 = adjusted.candidates[0]!.criteria[0]!;
    expect(a1.ratings.map((r) => r.rating)).toEqual([3.5, 3.5]);
    expect(a1.disagreement).toBe(false);
    expect(raw.candidates[0]!.criteria[0]!.disagreement).toBe(true);
    // 5 − 1.5 and 1 + 1.5 stay on the 1–5 scale
    expect(adjusted.candidates[1]!.criteria[0]!.ratings.map((r) => r.rating)).toEqual([2.5, 2.5]);
    expect(adjusted.candidates[0]!.score!).toBeGreaterThan(adjusted.candidates[1]!.score!);
  });

  it('counts "not assessed" with a reason as settled, not as missing and not as a rating', () => {
    const cards = [card('c1', 'i1', { a: 4, b: 'not-assessed', p: 4 }), card('c1', 'i2', { a: 4, b: 4 })];
    cards[0]!.ratings[1]!.evidence = 'The data exercise was dropped for time.';
    const c1 = aggregate(rubric, hiring(cards)).candidates[0]!;
    expect(c1.missing).toEqual([]);
    expect(c1.notAssessed).toEqual([{ interviewerId: 'i1', criterionId: 'b', reason: 'The data exercise was dropped for time.' }]);
    expect(c1.criteria[1]!.ratings).toHaveLength(1);
    expect(c1.complete).toBe(true);
    // without the reason the criterion is still owed
    cards[0]!.ratings[1]!.evidence = ' ';
    const again = aggregate(rubric, hiring(cards)).candidates[0]!;
    expect(again.missing).toEqual([{ interviewerId: 'i1', criterionId: 'b' }]);
    expect(again.complete).toBe(false);
  });

  it('marks a candidate complete only when every expected scorecard is in and nothing is missing', () => {
    const result = aggregate(rubric, hiring([card('c1', 'i1', { a: 4, b: 4, p: 4 })]));
    expect(result.candidates[0]).toMatchObject({ submitted: 1, expected: 2, complete: false });
    expect(result.candidates[1]).toMatchObject({ submitted: 0, complete: false });
  });
});
