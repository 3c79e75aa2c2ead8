// guide-export and results-export: the interviewer guide and the candidate results of a project
// with 50 candidates, 10 interviewers and 20 criteria, built, rendered and packed to DOCX bytes in
// process (aggregate, tree, charts, docx, pack), each against the docx library packing the same
// content directly (bench/lib/direct-docx.ts).
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import type { Project } from '../../core/schema/project.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { documentRow } from '../lib/document-row.js';
import type { RowModule } from '../lib/types.js';

const DATE = new Date('2025-01-15T00:00:00Z');
const t = translator('en');

function exportRow(name: string, build: (p: Project) => DocumentTree): RowModule {
  return documentRow(name, () => {
    const project = syntheticProject({ candidates: 50, interviewers: 10, criteria: 20, seed: 11 });
    return () => build(project);
  });
}

export const guideExport = exportRow('guide-export', (p) => buildRubricDocument(p, t, { date: DATE }));
export const resultsExport = exportRow('results-export', (p) => buildResultsDocument(p, t, { date: DATE }));
