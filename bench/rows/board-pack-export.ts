// board-pack-export: the board pack of a reviewed project (two versions, two decisions, 50
// candidates, 10 interviewers, 20 criteria, the language appendix), built, rendered and packed to
// DOCX bytes in process (review status and hashes, diff, aggregate, language check, tree, docx,
// pack), against the docx library packing the same content directly (bench/lib/direct-docx.ts).
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { reviewedProject } from '../../core/testing/review.js';
import { documentRow } from '../lib/document-row.js';

const DATE = new Date('2025-01-15T00:00:00Z');

export const boardPackExport = documentRow('board-pack-export', () => {
  const project = reviewedProject(syntheticProject({ candidates: 50, interviewers: 10, criteria: 20, seed: 11 }));
  const t = translator(project.role.locale);
  return () => buildBoardPack(project, t, { date: DATE, languageAppendix: true });
});
