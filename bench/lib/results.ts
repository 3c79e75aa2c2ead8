// Prints the results table and writes bench-results.json at the repository root: every row with
// its median, its spread (IQR), its target and whether it met it, beside the machine's load.
import { writeFileSync } from 'node:fs';
import type { Row } from './types.js';

const ms = (value: number | null) => (value === null ? '-' : value.toFixed(2));

/** true or false against the row's target; null for a baseline row, which has none */
export function passes(row: Row): boolean | null {
  if (row.target_ms !== undefined) return row.median_ms <= row.target_ms;
  if (row.ratio === null || row.target === null) return null;
  return row.ratio <= row.target;
}

const verdict = (row: Row) => ({ true: 'PASS', false: 'OVER', null: '-' })[String(passes(row)) as 'true' | 'false' | 'null'];
const target = (row: Row) => (row.target_ms !== undefined ? `<= ${row.target_ms} ms` : row.target === null ? '-' : `<= ${row.target}x`);

export function formatTable(rows: readonly Row[]): string {
  const header = ['name', 'median ms', 'IQR ms', 'runs', 'baseline ms', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [
    r.name,
    ms(r.median_ms),
    ms(r.iqr_ms),
    String(r.runs),
    ms(r.baseline_ms),
    ms(r.ratio),
    target(r),
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export interface Machine {
  /** 1-, 5- and 15-minute load averages when the run started and when it ended */
  loadBefore: number[];
  loadAfter: number[];
  cores: number;
  node: string;
  at: string;
}

export function writeResults(path: string, rows: readonly Row[], machine: Machine): void {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  const json = {
    machine,
    rows: rows.map((r) => ({
      name: r.name,
      median_ms: round(r.median_ms),
      iqr_ms: round(r.iqr_ms),
      runs: r.runs,
      baseline_ms: round(r.baseline_ms),
      ratio: round(r.ratio),
      target: r.target_ms !== undefined ? { max_ms: r.target_ms } : r.target === null ? null : { max_ratio: r.target },
      pass: passes(r),
    })),
  };
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}
