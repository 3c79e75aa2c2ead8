// What every bench row module hands back to bench/run.ts.

/** One line of the results table. A baseline row has no baseline, ratio or target of its own. */
export interface Row {
  name: string;
  median_ms: number;
  baseline_ms: number | null;
  ratio: number | null;
  /** the highest acceptable ratio; null for baseline rows */
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

/** A subject row and its baseline row, from their medians. */
export function pairRows(
  subject: { name: string; median_ms: number },
  baseline: { name: string; median_ms: number },
  target: number,
): Row[] {
  return [
    {
      name: subject.name,
      median_ms: subject.median_ms,
      baseline_ms: baseline.median_ms,
      ratio: subject.median_ms / baseline.median_ms,
      target,
    },
    { name: baseline.name, median_ms: baseline.median_ms, baseline_ms: null, ratio: null, target: null },
  ];
}
