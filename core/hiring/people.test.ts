import { describe, expect, it } from 'vitest';
import type { Hiring, Rubric } from '../schema/rubric.js';
import { removeCandidate, removeInterviewer, scorecardCount, toggleFocus } from './people.js';

const card = (candidateId: string, interviewerId: string) => ({
  id: `${candidateId}-${interviewerId}`,
  candidateId,
  interviewerId,
  status: 'draft' as const,
  ratings: [],
  recommendation: null,
  updatedAt: '2026-01-01T00:00:00Z',
  submittedAt: null,
});
const hiring = (): Hiring => ({
  shortlist: { top: 10, added: [] },
  independentScoring: true,
  lead: null,
  log: [],
  interviewers: [
    { id: 'i1', name: 'Ana', focus: [] },
    { id: 'i2', name: 'Ben', focus: ['a'] },
  ],
  candidates: [
    { id: 'c1', name: 'Chloe', currentRole: '', origin: 'internal' },
    { id: 'c2', name: 'Dev', currentRole: '', origin: 'external' },
  ],
  scorecards: [card('c1', 'i1'), card('c1', 'i2'), card('c2', 'i1')],
});
const rubric = { weightsEdited: false, criteria: ['a', 'b', 'c'].map((id) => ({ id })) } as unknown as Rubric;

describe('people', () => {
  it('counts scorecards by candidate or interviewer', () => {
    expect(scorecardCount(hiring(), { candidateId: 'c1' })).toBe(2);
    expect(scorecardCount(hiring(), { interviewerId: 'i1' })).toBe(2);
    expect(scorecardCount(hiring(), { candidateId: 'c2', interviewerId: 'i2' })).toBe(0);
  });

  it('removes a candidate or an interviewer with their scorecards', () => {
    expect(removeCandidate(hiring(), 'c1')).toMatchObject({ candidates: [{ id: 'c2' }], scorecards: [{ id: 'c2-i1' }] });
    expect(removeInterviewer(hiring(), 'i1')).toMatchObject({ interviewers: [{ id: 'i2' }], scorecards: [{ id: 'c1-i2' }] });
  });
});

describe('toggleFocus', () => {
  it('spells out "everything" when a criterion is first unticked', () => {
    const [ana] = hiring().interviewers;
    expect(toggleFocus(ana!, rubric, 'b', false).focus).toEqual(['a', 'c']);
  });

  it('adds in rubric order and refuses to untick the last criterion', () => {
    const ben = hiring().interviewers[1]!;
    expect(toggleFocus(ben, rubric, 'c', true).focus).toEqual(['a', 'c']);
    expect(toggleFocus(ben, rubric, 'a', false)).toBe(ben);
  });
});
