// aggregation: aggregate() over 1,000 candidates × 10 interviewers × 20 criteria (10,000 scorecards,
// deterministic synthetic data). No baseline in the same run makes sense here, so the row carries
// an absolute target instead: a median under 50 ms keeps the comparison view instant.
import { performance } from 'node:perf_hooks';
import { aggregate } from '../../core/hiring/scoring/aggregate.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { median } from '../lib/stats.js';
import type { Row, RowModule } from '../lib/types.js';

const WARMUPS = 5;
const RUNS = 30;
const TARGET_MS = 50;

export const aggregation: RowModule = {
  id: 'aggregation',
  async measure(): Promise<Row[]> {
    const { rubric, hiring } = syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20, seed: 7 });
    if (rubric.criteria.length !== 20 || hiring.scorecards.length !== 10_000) throw new Error('the synthetic data has the wrong size');
    const samples: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const start = performance.now();
      const result = aggregate(rubric, hiring);
      const ms = performance.now() - start;
      if (result.candidates.length !== 1000) throw new Error('aggregate() lost candidates');
      if (i >= WARMUPS) samples.push(ms);
    }
    return [{ name: 'aggregation', median_ms: median(samples), baseline_ms: null, ratio: null, target: null, target_ms: TARGET_MS }];
  },
};
