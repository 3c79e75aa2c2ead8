// Every bench row module, in the order the table prints them. To add a row, write a module in
// bench/rows/ that returns Row[] (usually via pairRows) and list it here.
import type { RowModule } from '../lib/types.js';
import { aggregation } from './aggregation.js';
import { boardPackExport } from './board-pack-export.js';
import { jdExport } from './jd-export.js';
import { panelModel } from './panel-model.js';
import { resultsExport, rubricExport } from './report-export.js';
import { resultsExport1000 } from './results-export-1000.js';
import { wizard } from './wizard.js';

export const ROW_MODULES: readonly RowModule[] = [
  wizard,
  jdExport,
  aggregation,
  panelModel,
  rubricExport,
  resultsExport,
  resultsExport1000,
  boardPackExport,
];
