import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../testing/hiring.js';
import { filterRows, folded, NO_FILTER } from './filter.js';
import { measurePanel } from './measured.js';
import { compareRows, sortRows, support } from './rank.js';

/** Maria complete (three cards), James incomplete (Chloé's card is a draft), Noor unscored. */
function rows(options = { adjusted: false, rankIncomplete: false }) {
  const project = sampleHiringProject();
  return compareRows(project.hiring.candidates, measurePanel(project.rubric, project.hiring), options);
}
const ids = (list: { candidate: { id: string } }[]) => list.map((r) => r.candidate.id);

describe('compare rows', () => {
  it('marks incomplete candidates and ranks only the complete ones, unless asked', () => {
    const list = rows();
    expect(list.map((r) => [r.candidate.id, r.complete, r.rank, r.submitted, r.expected])).toEqual([
      ['james', false, null, 2, 3],
      ['maria', true, 1, 3, 3],
      ['noor', false, null, 0, 3],
    ]);
    const together = rows({ adjusted: false, rankIncomplete: true });
    expect(together.find((r) => r.candidate.id === 'james')!.rank).toBe(2);
    expect(together.find((r) => r.candidate.id === 'noor')!.rank).toBeNull(); // nothing to rank
  });

  it('sorts incomplete candidates below the complete ones, whichever way a column is sorted', () => {
    const list = rows();
    expect(ids(sortRows(list, 'score', 'descending', { rankIncomplete: false }))).toEqual(['maria', 'james', 'noor']);
    expect(ids(sortRows(list, 'score', 'ascending', { rankIncomplete: false }))).toEqual(['maria', 'james', 'noor']);
    expect(ids(sortRows(list, 'score', 'ascending', { rankIncomplete: true }))).toEqual(['james', 'maria', 'noor']);
    expect(ids(sortRows(list, 'name', 'descending', { rankIncomplete: true }))).toEqual(['noor', 'maria', 'james']);
  });

  it('puts the adjusted score beside the raw one, each with an interval', () => {
    const adjusted = rows({ adjusted: true, rankIncomplete: false });
    const maria = adjusted.find((r) => r.candidate.id === 'maria')!;
    expect(maria.rawScore).not.toBeNull();
    expect(maria.low! <= maria.score! && maria.score! <= maria.high!).toBe(true);
    expect(support({ 'strong-no': 1, no: 0, yes: 1, 'strong-yes': 0 })).toBe(-1);
  });

  it('filters by search, origin, completeness, disagreement and score', () => {
    const list = rows();
    const search = (row: (typeof list)[number]) => folded(`${row.candidate.name} ${row.candidate.currentRole}`);
    expect(ids(filterRows(list, { ...NO_FILTER, query: 'KOWAL' }, search))).toEqual(['maria']);
    expect(ids(filterRows(list, { ...NO_FILTER, query: 'customer operations' }, search))).toEqual(['james']);
    expect(ids(filterRows(list, { ...NO_FILTER, origin: 'internal' }, search))).toEqual(['maria']);
    expect(ids(filterRows(list, { ...NO_FILTER, completeness: 'incomplete' }, search))).toEqual(['james', 'noor']);
    expect(ids(filterRows(list, { ...NO_FILTER, disagreements: true }, search))).toEqual(['james']);
    expect(ids(filterRows(list, { ...NO_FILTER, minScore: 70 }, search))).toEqual(['maria']);
    expect(filterRows(list, NO_FILTER, search)).toBe(list);
    expect(folded('Chloé DUBOIS')).toBe('chloe dubois');
  });
});
