// aggregation: aggregate() over 1,000 candidates × 10 interviewers × 20 criteria (10,000 scorecards,
// deterministic synthetic data), the figures Compare ranks by. No baseline in the same run makes
// sense here, so the row carries an absolute target: a median of at most 10 ms.
// What it times: the one columnar pass (scores, profiles, disagreements, missing ratings); each
// candidate's per-criterion figures are built when first read (core/hiring/scoring/aggregate.ts),
// and the check below reads one candidate's outside the timed region to make sure they are there.
import { performance } from 'node:perf_hooks';
import { aggregate } from '../../core/hiring/scoring/aggregate.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 10;
const RUNS = 60;
const TARGET_MS = 10;

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
      if (result.candidates[i % 1000]!.criteria.length !== 20) throw new Error('aggregate() lost criteria');
      if (i >= WARMUPS) samples.push(ms);
    }
    return [absoluteRow({ name: 'aggregation', samples }, TARGET_MS)];
  },
};
