// board-pack-export: the board pack of a reviewed project (two versions, two decisions, 50
// candidates, 10 interviewers, 20 criteria, the language appendix), built and packed to DOCX bytes
// in process (review status and hashes, diff, aggregate, language check, tree, docx, pack), against
// docx-direct: the docx library packing the same paragraphs, bullets and table cells built straight
// from docx's API, as for the other report rows.
import { Packer } from 'docx';
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { reportToDocx } from '../../core/documents/docx/report.js';
import { translator } from '../../core/i18n/index.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { reviewedProject } from '../../core/testing/review.js';
import { packDocx } from '../../electron/files/docx-file.js';
import { interleave, median, timed } from '../lib/stats.js';
import { pairRows, type Row, type RowModule } from '../lib/types.js';
import { directDocument, planFromReport } from './report-export.js';

const WARMUPS = 3;
const RUNS = 15;
const TARGET = 1.5;
const DATE = new Date('2025-01-15T00:00:00Z');

export const boardPackExport: RowModule = {
  id: 'board-pack-export',
  async measure(): Promise<Row[]> {
    const project = reviewedProject(syntheticProject({ candidates: 50, interviewers: 10, criteria: 20, seed: 11 }));
    const t = translator(project.role.locale);
    const subject = () => packDocx(reportToDocx(buildBoardPack(project, t, { date: DATE, languageAppendix: true })));
    const plan = planFromReport(buildBoardPack(project, t, { date: DATE, languageAppendix: true }));
    for (const bytes of [await subject(), await Packer.toBuffer(directDocument(plan))]) {
      if (bytes.subarray(0, 2).toString('latin1') !== 'PK') throw new Error('packing did not produce a DOCX (zip) buffer');
    }
    const samples = await interleave(timed(subject), timed(() => Packer.toBuffer(directDocument(plan))), { warmups: WARMUPS, runs: RUNS });
    return pairRows(
      { name: 'board-pack-export', median_ms: median(samples.subject) },
      { name: 'board-pack-export-docx-direct', median_ms: median(samples.baseline) },
      TARGET,
    );
  },
};
