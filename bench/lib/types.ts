// What every bench row module hands back to bench/run.ts.
import { iqr, median } from './stats.js';

/** One line of the results table. A baseline row has no baseline, ratio or target of its own. */
export interface Row {
  name: string;
  median_ms: number;
  /** the interquartile range of the row's own samples: how noisy the machine was for it */
  iqr_ms: number;
  /** timed runs behind the median, warm-ups not counted */
  runs: number;
  baseline_ms: number | null;
  ratio: number | null;
  /** the highest acceptable ratio; null for baseline rows and rows with an absolute target */
  target: number | null;
  /** for a row with no baseline to compare with: the highest acceptable median, in ms */
  target_ms?: number;
}

/** A group of rows measured together (a subject and its baseline, interleaved). */
export interface RowModule {
  /** shown when the module fails, e.g. "wizard" */
  id: string;
  measure(): Promise<Row[]>;
}

export interface Measured {
  name: string;
  samples: readonly number[];
}

/** A subject row and its baseline row, from their samples. */
export function pairRows(subject: Measured, baseline: Measured, target: number): Row[] {
  const base = median(baseline.samples);
  const own = median(subject.samples);
  return [
    {
      name: subject.name,
      median_ms: own,
      iqr_ms: iqr(subject.samples),
      runs: subject.samples.length,
      baseline_ms: base,
      ratio: own / base,
      target,
    },
    {
      name: baseline.name,
      median_ms: base,
      iqr_ms: iqr(baseline.samples),
      runs: baseline.samples.length,
      baseline_ms: null,
      ratio: null,
      target: null,
    },
  ];
}

/** A row judged against an absolute target in milliseconds. */
export function absoluteRow({ name, samples }: Measured, targetMs: number): Row {
  return {
    name,
    median_ms: median(samples),
    iqr_ms: iqr(samples),
    runs: samples.length,
    baseline_ms: null,
    ratio: null,
    target: null,
    target_ms: targetMs,
  };
}
