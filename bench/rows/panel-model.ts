// panel-model: the measured panel (severities by alternating least squares, reliability per
// criterion, adjusted scores with intervals) over 1,000 candidates × 10 interviewers × 20 criteria,
// against its baseline in the same run: the two aggregate() passes it must make anyway (raw and
// adjusted). Compare recomputes it whenever a rating or a weight changes.
import { performance } from 'node:perf_hooks';
import { aggregate } from '../../core/hiring/scoring/aggregate.js';
import { measurePanel } from '../../core/hiring/scoring/measured.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { median } from '../lib/stats.js';
import { pairRows, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 3;
const RUNS = 15;
const TARGET = 3;

export const panelModel: RowModule = {
  id: 'panel-model',
  async measure(): Promise<Row[]> {
    const { rubric, hiring } = syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20, seed: 7 });
    const severity = new Map(hiring.interviewers.map((i, k) => [i.id, (k - 4.5) / 10]));
    const subject: number[] = [];
    const baseline: number[] = [];
    // interleaved, so a busy machine slows both alike
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      let start = performance.now();
      const panel = measurePanel(rubric, hiring);
      const measured = performance.now() - start;
      if (panel.candidates.length !== 1000 || !panel.fit.converged) throw new Error('the panel model did not fit');
      start = performance.now();
      aggregate(rubric, hiring);
      aggregate(rubric, hiring, { severity });
      const plain = performance.now() - start;
      if (i < WARMUPS) continue;
      subject.push(measured);
      baseline.push(plain);
    }
    return pairRows(
      { name: 'panel-model', median_ms: median(subject) },
      { name: 'panel-model baseline: two aggregate() passes', median_ms: median(baseline) },
      TARGET,
    );
  },
};
