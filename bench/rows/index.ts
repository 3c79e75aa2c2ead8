// Every bench row module, in the order the table prints them. To add a row, write a module in
// bench/rows/ that returns Row[] (usually via pairRows) and list it here.
import type { RowModule } from '../lib/types.js';
import { aggregation } from './aggregation.js';
import { boardPackExport } from './board-pack-export.js';
import { jdExport } from './jd-export.js';
import { keystroke } from './keystroke.js';
import { open1000 } from './open.js';
import { panelModel } from './panel-model.js';
import { compareSort } from './compare-sort.js';
import { guideExport, resultsExport } from './report-export.js';
import { resultsExport1000 } from './results-export-1000.js';
import { scorecardPackExport } from './scorecard-pack-export.js';
import { wizard } from './wizard.js';

export const ROW_MODULES: readonly RowModule[] = [
  wizard,
  jdExport,
  aggregation,
  panelModel,
  guideExport,
  resultsExport,
  resultsExport1000,
  boardPackExport,
  scorecardPackExport,
  open1000,
  keystroke,
  compareSort,
];
