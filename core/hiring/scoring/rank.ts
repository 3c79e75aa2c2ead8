// The Compare table's rows and their order. Scores are null until someone has rated a candidate;
// such rows sort last whichever way the column is sorted, so the ranking always leads.
import { collator } from '../../i18n/format.js';
import type { Candidate, Recommendation } from '../../schema/rubric.js';
import type { Aggregate } from './aggregate.js';

export const COMPARE_KEYS = ['name', 'origin', 'score', 'recommendations', 'disagreements', 'missing'] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface CompareRow {
  candidate: Candidate;
  /** calibrated when calibration is on, otherwise the raw score */
  score: number | null;
  rawScore: number | null;
  recommendations: Record<Recommendation, number>;
  disagreements: number;
  missing: number;
}

/** One figure for a mix of recommendations: a strong view counts twice. */
export const support = (r: Record<Recommendation, number>): number => 2 * r['strong-yes'] + r.yes - r.no - 2 * r['strong-no'];

export function compareRows(candidates: readonly Candidate[], raw: Aggregate, calibrated: Aggregate | null): CompareRow[] {
  return candidates.map((candidate, i) => {
    const base = raw.candidates[i];
    const shown = calibrated?.candidates[i] ?? base;
    return {
      candidate,
      score: shown?.score ?? null,
      rawScore: base?.score ?? null,
      recommendations: base?.recommendations ?? { 'strong-no': 0, no: 0, yes: 0, 'strong-yes': 0 },
      // disagreements and gaps are about the ratings as given, whatever the scale
      disagreements: base?.disagreements.length ?? 0,
      missing: base?.missing.length ?? 0,
    };
  });
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

/** `locale` orders names as its readers expect (Intl.Collator): "Łukasz" after "Lech", not after "Z". */
export function sortRows(rows: readonly CompareRow[], key: CompareKey, direction: Direction, locale = 'en'): CompareRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const names = collator(locale);
  return [...rows].sort((a, b) => {
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
