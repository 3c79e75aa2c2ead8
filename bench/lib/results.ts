// Prints the results table and writes bench-results.json at the repository root.
import { writeFileSync } from 'node:fs';
import type { Row } from './types.js';

const ms = (value: number | null) => (value === null ? '-' : value.toFixed(2));
const ratio = (value: number | null) => (value === null ? '-' : value.toFixed(2));

function verdict(row: Row): string {
  if (row.target_ms !== undefined) return row.median_ms <= row.target_ms ? 'PASS' : 'OVER';
  if (row.ratio === null || row.target === null) return '-';
  return row.ratio <= row.target ? 'PASS' : 'OVER';
}

const target = (row: Row) => (row.target_ms !== undefined ? `<= ${row.target_ms} ms` : row.target === null ? '-' : `<= ${row.target}`);

export function formatTable(rows: readonly Row[]): string {
  const header = ['name', 'median ms', 'baseline ms', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [r.name, ms(r.median_ms), ms(r.baseline_ms), ratio(r.ratio), target(r), verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The machine-readable results: no target or verdict, just the figures. */
export function writeResults(path: string, rows: readonly Row[]): void {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  const json = rows.map((r) => ({ name: r.name, median_ms: round(r.median_ms), baseline_ms: round(r.baseline_ms), ratio: round(r.ratio) }));
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}
