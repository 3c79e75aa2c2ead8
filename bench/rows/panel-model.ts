// panel-model: the measured panel of issue 13 over 1,000 candidates × 10 interviewers × 20 criteria:
// the observations, the severity fit by alternating least squares, reliability per criterion, and
// the raw and adjusted scores with intervals (measurePanel, as Compare and `stats` call it).
// Compare recomputes it whenever a rating or a weight changes, so it has an absolute target:
// a median of at most 100 ms.
import { performance } from 'node:perf_hooks';
import { measurePanel } from '../../core/hiring/scoring/measured.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 3;
const RUNS = 25;
const TARGET_MS = 100;

export const panelModel: RowModule = {
  id: 'panel-model',
  async measure(): Promise<Row[]> {
    const { rubric, hiring } = syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20, seed: 7 });
    const samples: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const start = performance.now();
      const panel = measurePanel(rubric, hiring);
      const ms = performance.now() - start;
      if (panel.candidates.length !== 1000 || !panel.fit.converged) throw new Error('the panel model did not fit');
      if (i >= WARMUPS) samples.push(ms);
    }
    return [absoluteRow({ name: 'panel-model', samples }, TARGET_MS)];
  },
};
