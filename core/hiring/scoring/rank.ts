// The Compare table's rows and their order. A candidate whose scoring is incomplete (a scorecard
// or a rating still owed) is marked and kept below the complete ones, unranked, unless the user
// asks to rank everyone together; unscored rows sort last whichever way a column is sorted.
import { collator } from '../../i18n/format.js';
import type { Candidate, Recommendation } from '../../schema/rubric.js';
import type { MeasuredPanel } from './measured.js';

export const COMPARE_KEYS = ['name', 'origin', 'score', 'recommendations', 'disagreements', 'missing'] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface CompareRow {
  candidate: Candidate;
  /** adjusted for interviewer severity when that is on, otherwise the raw score */
  score: number | null;
  rawScore: number | null;
  /** the score's interval, 0–100 */
  low: number | null;
  high: number | null;
  recommendations: Record<Recommendation, number>;
  disagreements: number;
  missing: number;
  submitted: number;
  expected: number;
  complete: boolean;
  /** 1 for the best score among the rows ranked; null for a row not ranked */
  rank: number | null;
}

/** One figure for a mix of recommendations: a strong view counts twice. */
export const support = (r: Record<Recommendation, number>): number => 2 * r['strong-yes'] + r.yes - r.no - 2 * r['strong-no'];

const EMPTY_RECOMMENDATIONS: Record<Recommendation, number> = { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0 };
const clamp = (n: number) => Math.round(Math.min(100, Math.max(0, n)) * 10) / 10;

export function compareRows(
  candidates: readonly Candidate[],
  panel: MeasuredPanel,
  options: { adjusted: boolean; rankIncomplete: boolean },
): CompareRow[] {
  const rows = candidates.map((candidate, i): CompareRow => {
    const base = panel.raw.candidates[i];
    const measured = panel.candidates[i];
    const score = (options.adjusted ? measured?.score : base?.score) ?? null;
    const margin = measured?.margin ?? null;
    return {
      candidate,
      score,
      rawScore: base?.score ?? null,
      low: score === null || margin === null ? null : clamp(score - margin),
      high: score === null || margin === null ? null : clamp(score + margin),
      recommendations: base?.recommendations ?? EMPTY_RECOMMENDATIONS,
      // disagreements and gaps are about the ratings as given, whatever the scale
      disagreements: base?.disagreements.length ?? 0,
      missing: base?.missing.length ?? 0,
      submitted: base?.submitted ?? 0,
      expected: base?.expected ?? 0,
      complete: base?.complete ?? false,
      rank: null,
    };
  });
  const ranked = rows
    .filter((r) => r.score !== null && (r.complete || options.rankIncomplete))
    .sort((a, b) => b.score! - a.score! || a.candidate.name.localeCompare(b.candidate.name));
  ranked.forEach((row, n) => (row.rank = n + 1));
  return rows;
}

const value = (row: CompareRow, key: CompareKey): string | number | null => {
  switch (key) {
    case 'name':
      return row.candidate.name;
    case 'origin':
      return row.candidate.origin;
    case 'score':
      return row.score;
    case 'recommendations':
      return support(row.recommendations);
    case 'disagreements':
      return row.disagreements;
    case 'missing':
      return row.missing;
  }
};

/**
 * Sorted by a column; incomplete candidates follow the complete ones unless they are ranked together.
 * `locale` orders names as its readers expect (Intl.Collator): "Łukasz" after "Lech", not after "Z".
 */
export function sortRows(
  rows: readonly CompareRow[],
  key: CompareKey,
  direction: Direction,
  { rankIncomplete = true, locale = 'en' }: { rankIncomplete?: boolean; locale?: string } = {},
): CompareRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const names = collator(locale);
  return [...rows].sort((a, b) => {
    if (!rankIncomplete && a.complete !== b.complete) return a.complete ? -1 : 1;
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : names.compare(String(x), String(y)));
    }
    return (
      names.compare(a.candidate.name, b.candidate.name) || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0)
    );
  });
}
