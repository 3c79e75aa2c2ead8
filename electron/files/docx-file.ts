// The one place a document is packed and written. Builders in core/ stay pure; this turns their
// docx Document into bytes and puts them on disk atomically.
import { Packer, type Document } from 'docx';
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { translator } from '../../core/i18n/index.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { jobDescriptionToDocx } from '../../core/documents/docx/toDocx.js';
import { reportToDocx } from '../../core/documents/docx/report.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import type { Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import type { RoleDesign } from '../../core/schema/role.js';
import { writeAtomically } from './project-file.js';

export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

export function jobDescriptionDocument(role: RoleDesign, date: Date): Document {
  return jobDescriptionToDocx(buildJobDescription(role, translator(role.locale), { date }));
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function rubricDocument(project: Project, date: Date): Document {
  return reportToDocx(buildRubricDocument(project, translator(project.role.locale), { date }));
}

/** The candidate results: a summary in score order, then a page per candidate. */
export function resultsDocument(project: Project, date: Date): Document {
  return reportToDocx(buildResultsDocument(project, translator(project.role.locale), { date }));
}

export async function writeJobDescription(path: string, role: RoleDesign, date: Date): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocx(jobDescriptionDocument(role, date)));
}

export async function writeRubric(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocx(rubricDocument(project, date)));
}

export async function writeResults(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocx(resultsDocument(project, date)));
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export async function writeBoardPack(path: string, project: Project, date: Date, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  const pack = buildBoardPack(project, translator(project.role.locale), { date, languageAppendix });
  return writeAtomically(path, await packDocx(reportToDocx(pack)));
}
