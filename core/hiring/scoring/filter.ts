// Finding candidates in a long Compare table: a search over names and current roles that ignores
// case and accents ("chloe" finds Chloé), and filters that combine. Linear in the rows and
// allocation-light, so typing stays instant at a thousand candidates.
import type { CandidateOrigin } from '../../schema/rubric.js';
import type { CompareRow } from './rank.js';

export interface RowFilter {
  query: string;
  origin: CandidateOrigin | 'all';
  completeness: 'all' | 'complete' | 'incomplete';
  /** only candidates the interviewers disagree on */
  disagreements: boolean;
  /** only candidates scored at least this (0–100); 0 keeps unscored ones too */
  minScore: number;
}

export const NO_FILTER: RowFilter = { query: '', origin: 'all', completeness: 'all', disagreements: false, minScore: 0 };

/** Lower case without accents: the form searched in. */
export const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase();

export function isFiltered(filter: RowFilter): boolean {
  return (
    filter.query.trim() !== '' || filter.origin !== 'all' || filter.completeness !== 'all' || filter.disagreements || filter.minScore > 0
  );
}

export function filterRows(rows: readonly CompareRow[], filter: RowFilter, searchText: (row: CompareRow) => string): CompareRow[] {
  if (!isFiltered(filter)) return rows as CompareRow[];
  const needle = folded(filter.query.trim());
  return rows.filter(
    (row) =>
      (filter.origin === 'all' || row.candidate.origin === filter.origin) &&
      (filter.completeness === 'all' || row.complete === (filter.completeness === 'complete')) &&
      (!filter.disagreements || row.disagreements > 0) &&
      (filter.minScore <= 0 || (row.score !== null && row.score >= filter.minScore)) &&
      (!needle || searchText(row).includes(needle)),
  );
}
