import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { filterRows, folded } from '../../../core/hiring/scoring/filter';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import { compareRows, sortRows, type CompareKey, type CompareRow, type Direction } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { measuredOf } from './panelCache';

export interface CompareData {
  panel: MeasuredPanel | null;
  /** every candidate, unfiltered: for counts */
  all: CompareRow[];
  /** filtered and sorted: what the table and the heat-map show */
  rows: CompareRow[];
}

/**
 * The Compare table's figures, filtered and sorted. Each selector returns the store's own objects,
 * so a change elsewhere (a notice, the wizard's step) neither re-renders this view nor recomputes
 * anything; typing in the search box is deferred, so the box answers at once at any size.
 */
export function useCompareData(key: CompareKey, direction: Direction): CompareData {
  const rubric = useStudio((s) => s.project?.rubric);
  const hiring = useStudio((s) => s.project?.hiring);
  const adjusted = useStudio((s) => s.adjusted);
  const rankIncomplete = useStudio((s) => s.rankIncomplete);
  const filter = useDeferredValue(useStudio((s) => s.compareFilter));
  // names sort as the reader of the interface expects them
  const locale = useTranslation().i18n.language;
  const panel = useMemo(() => (rubric && hiring ? measuredOf(rubric, hiring) : null), [rubric, hiring]);
  const all = useMemo(
    () => (panel && hiring ? compareRows(hiring.candidates, panel, { adjusted, rankIncomplete }) : []),
    [panel, hiring, adjusted, rankIncomplete],
  );
  const searchable = useMemo(
    () => new Map(hiring?.candidates.map((c) => [c.id, folded(`${c.name} ${c.currentRole}`)])),
    [hiring?.candidates],
  );
  const filtered = useMemo(() => filterRows(all, filter, (row) => searchable.get(row.candidate.id) ?? ''), [all, filter, searchable]);
  const rows = useMemo(
    () => sortRows(filtered, key, direction, { rankIncomplete, locale }),
    [filtered, key, direction, rankIncomplete, locale],
  );
  return { panel, all, rows };
}
