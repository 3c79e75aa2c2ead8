import { describe, expect, it } from 'vitest';
import type { Criterion, Interviewer, Rubric } from '../schema/rubric.js';
import { coveredBy, coverageGaps } from './focus.js';
import { suggestFocus } from './focus-suggest.js';

const criterion = (id: string): Criterion => ({
  id,
  group: 'custom',
  source: null,
  title: id,
  weight: 10,
  anchors: { low: 'l', mid: 'm', high: 'h' },
  questions: ['q'],
  evidence: '',
});
const rubric = (count: number): Rubric => ({ weightsEdited: false, criteria: Array.from({ length: count }, (_, i) => criterion(`c${i}`)) });
const people = (count: number): Interviewer[] => Array.from({ length: count }, (_, i) => ({ id: `i${i}`, name: `Person ${i}`, focus: [] }));

describe('suggestFocus', () => {
  it('gives every criterion to both interviewers when there are two', () => {
    const result = suggestFocus(rubric(5), people(2));
    expect(result.map((i) => i.focus)).toEqual([
      ['c0', 'c1', 'c2', 'c3', 'c4'],
      ['c0', 'c1', 'c2', 'c3', 'c4'],
    ]);
  });

  it('deals round-robin, two interviewers per criterion, evenly', () => {
    const r = rubric(6);
    const result = suggestFocus(r, people(3));
    expect(result.map((i) => i.focus)).toEqual([
      ['c0', 'c1', 'c3', 'c4'],
      ['c0', 'c2', 'c3', 'c5'],
      ['c1', 'c2', 'c4', 'c5'],
    ]);
    expect(coveredBy(r, result).every((c) => c.interviewerIds.length === 2)).toBe(true);
    expect(coverageGaps(r, result)).toEqual({ unassessed: [], overAsked: [] });
  });

  it('gives a lone interviewer everything and keeps names and ids', () => {
    const result = suggestFocus(rubric(3), [{ id: 'x', name: 'Solo', focus: ['old'] }]);
    expect(result).toEqual([{ id: 'x', name: 'Solo', focus: ['c0', 'c1', 'c2'] }]);
  });

  it('leaves nobody with an empty focus, which would mean everything', () => {
    const result = suggestFocus(rubric(2), people(5));
    expect(result.every((i) => i.focus.length > 0)).toBe(true);
    expect(result.every((i) => i.focus.length < 2)).toBe(true);
  });

  it('changes nothing without interviewers or criteria', () => {
    expect(suggestFocus(rubric(3), [])).toEqual([]);
    expect(suggestFocus(rubric(0), people(2))).toEqual(people(2));
  });
});
