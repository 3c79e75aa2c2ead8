// results-export-1000: the candidate results of a pool of 1,000 candidates (10 interviewers, 20
// criteria, 10,000 scorecards) exported exactly as the app and the CLI export them: aggregated,
// built (a summary line each, full pages for the top 10), rendered, packed and written atomically
// to disk. An absolute target, as for aggregation: a user waits for it, so under 2 seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticProject } from '../../core/testing/hiring.js';
import { writeResults } from '../../electron/files/docx-file.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 2;
const RUNS = 7;
const TARGET_MS = 2000;
const DATE = new Date('2025-01-15T00:00:00Z');

export const resultsExport1000: RowModule = {
  id: 'results-export-1000',
  async measure(): Promise<Row[]> {
    const project = syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20, seed: 13 });
    const dir = mkdtempSync(join(tmpdir(), 'cxo-bench-'));
    try {
      const samples: number[] = [];
      for (let i = 0; i < WARMUPS + RUNS; i++) {
        const start = performance.now();
        const written = await writeResults({ path: join(dir, `results-${i}.docx`), replace: true, date: DATE }, project);
        const ms = performance.now() - start;
        if (!written.ok) throw new Error(`the export failed: ${written.problem.code}`);
        if (i >= WARMUPS) samples.push(ms);
      }
      return [absoluteRow({ name: 'results-export-1000', samples }, TARGET_MS)];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
