import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aggregate } from '../../../core/hiring/scoring/aggregate';
import { compareRows, sortRows, type CompareKey, type CompareRow, type Direction } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { aggregateOf } from './aggregateCache';

export interface CompareData {
  raw: Aggregate;
  calibrated: Aggregate | null;
  rows: CompareRow[];
}

const EMPTY: Aggregate = { candidates: [], calibration: null };

/**
 * The Compare table's figures, sorted. Each selector returns the store's own objects, so a change
 * elsewhere (a notice, the wizard's step) neither re-renders this view nor recomputes anything.
 */
export function useCompareData(key: CompareKey, direction: Direction): CompareData {
  const rubric = useStudio((s) => s.project?.rubric);
  const hiring = useStudio((s) => s.project?.hiring);
  const calibrate = useStudio((s) => s.calibrated);
  const raw = useMemo(() => (rubric && hiring ? aggregateOf(rubric, hiring, false) : EMPTY), [rubric, hiring]);
  const calibrated = useMemo(() => (rubric && hiring && calibrate ? aggregateOf(rubric, hiring, true) : null), [rubric, hiring, calibrate]);
  const unsorted = useMemo(() => compareRows(hiring?.candidates ?? [], raw, calibrated), [hiring, raw, calibrated]);
  // names sort as the reader of the interface expects them
  const language = useTranslation().i18n.language;
  const rows = useMemo(() => sortRows(unsorted, key, direction, language), [unsorted, key, direction, language]);
  return { raw, calibrated, rows };
}
