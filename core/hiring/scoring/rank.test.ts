import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../schema/rubric.js';
import type { Aggregate, CandidateResult } from './aggregate.js';
import { compareRows, sortRows, support } from './rank.js';

const candidate = (id: string, name: string, origin: Candidate['origin'] = 'external'): Candidate => ({
  id,
  name,
  currentRole: '',
  origin,
});
const result = (candidateId: string, score: number | null, extra: Partial<CandidateResult> = {}): CandidateResult => ({
  candidateId,
  score,
  profile: { practitioner: null, technologist: null, dataArchitect: null, futurist: null },
  criteria: [],
  recommendations: { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0 },
  disagreements: [],
  missing: [],
  notAssessed: [],
  submitted: 0,
  expected: 2,
  complete: false,
  ...extra,
});
const candidates = [candidate('a', 'Ana', 'internal'), candidate('b', 'ben'), candidate('c', 'Cleo')];
const raw: Aggregate = {
  adjusted: false,
  candidates: [
    result('a', 60, {
      recommendations: { 'strong-no': 0, no: 1, yes: 1, 'strong-yes': 0 },
      missing: [{ interviewerId: 'i', criterionId: 'x' }],
    }),
    result('b', null),
    result('c', 80, { disagreements: ['x', 'y'], recommendations: { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 2 } }),
  ],
};

describe('compare rows', () => {
  it('puts the calibrated score beside the raw one', () => {
    const calibrated: Aggregate = { ...raw, candidates: [result('a', 65), result('b', null), result('c', 70)] };
    const rows = compareRows(candidates, raw, calibrated);
    expect(rows.map((r) => [r.score, r.rawScore])).toEqual([
      [65, 60],
      [null, null],
      [70, 80],
    ]);
    // calibration may narrow a gap, but the interviewers still rated two points apart
    expect(rows[2]!.disagreements).toBe(2);
  });

  it('sorts by score with the unscored last either way', () => {
    const rows = compareRows(candidates, raw, null);
    expect(sortRows(rows, 'score', 'descending').map((r) => r.candidate.id)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, 'score', 'ascending').map((r) => r.candidate.id)).toEqual(['a', 'c', 'b']);
  });

  it('sorts names without regard to case, and counts by their figure', () => {
    const rows = compareRows(candidates, raw, null);
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.candidate.name)).toEqual(['Ana', 'ben', 'Cleo']);
    expect(sortRows(rows, 'disagreements', 'descending')[0]!.candidate.id).toBe('c');
    expect(sortRows(rows, 'missing', 'descending')[0]!.candidate.id).toBe('a');
    expect(sortRows(rows, 'recommendations', 'descending').map((r) => r.candidate.id)).toEqual(['c', 'a', 'b']);
    expect(support({ 'strong-no': 1, no: 0, yes: 1, 'strong-yes': 0 })).toBe(-1);
  });
});
