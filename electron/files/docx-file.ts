// Writing exported documents: core/ builds each document's tree, renders it and packs it to bytes
// (core/documents); this puts the bytes on disk atomically, like every other file the app writes.
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { packDocx } from '../../core/documents/docx/pack.js';
import { renderDocx } from '../../core/documents/docx/render.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { fail, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import type { RoleDesign } from '../../core/schema/role.js';
import { writeAtomically } from './project-file.js';

/** The tree's frame carries the role's language, so Word spell-checks the document in it. */
async function writeTree(path: string, tree: DocumentTree): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocx(renderDocx(tree)));
}

export function writeJobDescription(path: string, role: RoleDesign, date: Date): Promise<Result<{ path: string }>> {
  return writeTree(path, buildJobDescription(role, translator(role.locale), { date }));
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function writeRubric(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  return writeTree(path, buildRubricDocument(project, translator(project.role.locale), { date }));
}

/** The candidate results: a summary of everyone in score order, then a page per shortlisted candidate. */
export async function writeResults(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  // results of nobody would be an empty document: refused, and the file is not touched
  if (!project.hiring.candidates.length) return fail('export.noCandidates');
  return writeTree(path, buildResultsDocument(project, translator(project.role.locale), { date }));
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export function writeBoardPack(path: string, project: Project, date: Date, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  return writeTree(path, buildBoardPack(project, translator(project.role.locale), { date, languageAppendix }));
}
