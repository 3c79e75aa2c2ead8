// `npm run bench`: builds the bench-only pages, measures every row module, prints the table and
// writes bench-results.json at the repository root. Exits 0 when every row was measured, whether
// or not each ratio is within its target; exits 1 when a row could not be measured.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildBench } from './build.bench.js';
import { formatTable, writeResults } from './lib/results.js';
import { REPO_ROOT } from './lib/paths.js';
import type { Row } from './lib/types.js';
import { ROW_MODULES } from './rows/index.js';

const only = process.argv.slice(2);
const modules = only.length ? ROW_MODULES.filter((m) => only.includes(m.id)) : ROW_MODULES;
if (modules.length === 0) {
  console.error(`No bench module matches ${only.join(', ')}; known: ${ROW_MODULES.map((m) => m.id).join(', ')}.`);
  process.exit(2);
}

await buildBench();
const loadBefore = loadavg();
const at = new Date().toISOString();

const rows: Row[] = [];
const failures: string[] = [];
for (const module of modules) {
  try {
    console.log(`Measuring ${module.id}…`);
    rows.push(...(await module.measure()));
  } catch (error) {
    failures.push(`${module.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

console.log(`\n${formatTable(rows)}\n`);
const round = (v: number[]) => v.map((x) => Math.round(x * 100) / 100);
const machine = { loadBefore: round(loadBefore), loadAfter: round(loadavg()), cores: cpus().length, node: process.version, at };
console.log(
  `Load average (1, 5, 15 min) ${machine.loadBefore.join(' ')} before, ${machine.loadAfter.join(' ')} after; ${machine.cores} cores.`,
);
writeResults(join(REPO_ROOT, 'bench-results.json'), rows, machine);
if (failures.length) {
  console.error(`Could not measure:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
