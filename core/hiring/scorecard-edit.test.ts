import { describe, expect, it } from 'vitest';
import type { Hiring } from '../schema/rubric.js';
import {
  canSubmit,
  editScorecard,
  findScorecard,
  noteEvidence,
  othersHidden,
  rate,
  recommend,
  reopenScorecard,
  submitGaps,
  submitScorecard,
} from './scorecard-edit.js';

const t0 = new Date('2026-03-01T10:00:00Z');
const t1 = new Date('2026-03-01T11:00:00Z');
const hiring = (): Hiring => ({
  shortlist: { top: 10, added: [] },
  independentScoring: true,
  lead: null,
  log: [],
  interviewers: [
    { id: 'i1', name: 'Ana', focus: ['a', 'b'] },
    { id: 'i2', name: 'Ben', focus: [] },
  ],
  candidates: [{ id: 'c1', name: 'Chloe', currentRole: '', origin: 'external' }],
  scorecards: [],
});
const focus = ['a', 'b'];

describe('editing a scorecard in the app', () => {
  it('creates a draft on the first edit, with a row per focus criterion', () => {
    const h = editScorecard(hiring(), 'c1', 'i1', focus, rate('a', 4), t0);
    const card = findScorecard(h, 'c1', 'i1')!;
    expect(card).toMatchObject({ id: 'sc-c1-i1', status: 'draft', recommendation: null, submittedAt: null, updatedAt: t0.toISOString() });
    expect(card.ratings).toEqual([
      { criterionId: 'a', rating: 4, evidence: '' },
      { criterionId: 'b', rating: null, evidence: '' },
    ]);
    const again = editScorecard(h, 'c1', 'i1', focus, noteEvidence('a', 'ran the NPS programme'), t1);
    expect(again.scorecards).toHaveLength(1);
    expect(findScorecard(again, 'c1', 'i1')!.ratings[0]).toEqual({ criterionId: 'a', rating: 4, evidence: 'ran the NPS programme' });
  });

  it('adds rows for criteria that joined the focus later, keeping what was written', () => {
    const h = editScorecard(hiring(), 'c1', 'i1', ['a'], rate('a', 2), t0);
    const wider = editScorecard(h, 'c1', 'i1', ['a', 'c'], rate('c', 5), t1);
    expect(findScorecard(wider, 'c1', 'i1')!.ratings.map((r) => [r.criterionId, r.rating])).toEqual([
      ['a', 2],
      ['c', 5],
    ]);
  });

  it('submits only when every focus criterion is rated and a recommendation is given', () => {
    let h = editScorecard(hiring(), 'c1', 'i1', focus, rate('a', 4), t0);
    expect(submitGaps(findScorecard(h, 'c1', 'i1'), focus)).toEqual({ unrated: ['b'], reasonMissing: [], recommendation: true });
    expect(submitScorecard(h, 'c1', 'i1', focus, t1)).toBe(h);
    h = editScorecard(h, 'c1', 'i1', focus, rate('b', 3), t0);
    h = editScorecard(h, 'c1', 'i1', focus, recommend('yes', focus), t0);
    expect(canSubmit(submitGaps(findScorecard(h, 'c1', 'i1'), focus))).toBe(true);
    h = submitScorecard(h, 'c1', 'i1', focus, t1);
    expect(findScorecard(h, 'c1', 'i1')).toMatchObject({ status: 'submitted', submittedAt: t1.toISOString() });
  });

  it('keeps the recommendation closed until every criterion is rated or not assessed with a reason', () => {
    let h = editScorecard(hiring(), 'c1', 'i1', focus, rate('a', 4), t0);
    h = editScorecard(h, 'c1', 'i1', focus, recommend('strong-yes', focus), t0);
    expect(findScorecard(h, 'c1', 'i1')!.recommendation).toBeNull();
    h = editScorecard(h, 'c1', 'i1', focus, rate('b', 'not-assessed'), t0);
    expect(submitGaps(findScorecard(h, 'c1', 'i1'), focus)).toMatchObject({ unrated: [], reasonMissing: ['b'] });
    h = editScorecard(h, 'c1', 'i1', focus, recommend('strong-yes', focus), t0);
    expect(findScorecard(h, 'c1', 'i1')!.recommendation).toBeNull();
    h = editScorecard(h, 'c1', 'i1', focus, noteEvidence('b', 'We ran out of time before the data questions.'), t0);
    h = editScorecard(h, 'c1', 'i1', focus, recommend('strong-yes', focus), t0);
    expect(findScorecard(h, 'c1', 'i1')!.recommendation).toBe('strong-yes');
    h = submitScorecard(h, 'c1', 'i1', focus, t1);
    expect(findScorecard(h, 'c1', 'i1')!.status).toBe('submitted');
  });

  it('leaves a submitted card read-only until it is reopened', () => {
    let h = hiring();
    for (const edit of [rate('a', 4), rate('b', 3), recommend('no', focus)]) h = editScorecard(h, 'c1', 'i1', focus, edit, t0);
    h = submitScorecard(h, 'c1', 'i1', focus, t0);
    expect(editScorecard(h, 'c1', 'i1', focus, rate('a', 1), t1)).toBe(h);
    h = reopenScorecard(h, 'c1', 'i1', t1);
    expect(findScorecard(h, 'c1', 'i1')).toMatchObject({ status: 'draft', submittedAt: null });
    expect(findScorecard(editScorecard(h, 'c1', 'i1', focus, rate('a', 1), t1), 'c1', 'i1')!.ratings[0]!.rating).toBe(1);
  });
});

describe('independent scoring', () => {
  it('hides the others from an interviewer until their own card is submitted', () => {
    let h = hiring();
    expect(othersHidden(h, 'c1', 'i1')).toBe(true);
    for (const edit of [rate('a', 4), rate('b', 3), recommend('yes', focus)]) h = editScorecard(h, 'c1', 'i1', focus, edit, t0);
    expect(othersHidden(h, 'c1', 'i1')).toBe(true);
    h = submitScorecard(h, 'c1', 'i1', focus, t0);
    expect(othersHidden(h, 'c1', 'i1')).toBe(false);
  });

  it('hides nothing when the setting is off, and everything from someone who has not said who they are', () => {
    expect(othersHidden({ ...hiring(), independentScoring: false }, 'c1', 'i1')).toBe(false);
    expect(othersHidden({ ...hiring(), independentScoring: false }, 'c1', null)).toBe(false);
    expect(othersHidden(hiring(), 'c1', null)).toBe(true);
  });
});
