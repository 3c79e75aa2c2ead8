// Exported documents: core/ builds each document's tree, renders it and packs it to bytes
// (core/documents); this puts the bytes on disk atomically, like every other file the app writes,
// or hands them back for the browser host to offer as a download. A document goes only to a path
// ending in .docx, so an export can never replace a project, and replaces an existing document
// only when the caller says the user chose to.
import type { RequestOf } from '../../core/contract.js';
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { packDocx } from '../../core/documents/docx/pack.js';
import { renderDocx } from '../../core/documents/docx/render.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { fail, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import type { RoleDesign } from '../../core/schema/role.js';
import { writeFileSafely } from './safe-write.js';

export type DocumentRequest = RequestOf<'export:bytes'>;

export interface DocxTarget {
  path: string;
  /** false: an existing file is refused (file.exists) so the user can be asked first */
  replace: boolean;
  date: Date;
}

/** The tree of any document the app exports, in the role's own language. */
function treeOf(request: DocumentRequest, date: Date): DocumentTree {
  switch (request.document) {
    case 'jd':
      return buildJobDescription(request.role, translator(request.role.locale), { date });
    case 'rubric':
      return buildRubricDocument(request.project, translator(request.project.role.locale), { date });
    case 'results':
      return buildResultsDocument(request.project, translator(request.project.role.locale), { date });
    case 'boardPack':
      return buildBoardPack(request.project, translator(request.project.role.locale), {
        date,
        languageAppendix: request.languageAppendix,
      });
  }
}

/** Packed in the role's language, so Word spell-checks the document in the language it is written in. */
export const documentBytes = (request: DocumentRequest, date: Date): Promise<Uint8Array> =>
  packDocx(renderDocx(treeOf(request, date), request.document === 'jd' ? request.role.locale : request.project.role.locale));

async function writeDocument({ path, replace, date }: DocxTarget, request: DocumentRequest): Promise<Result<{ path: string }>> {
  if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
  return writeFileSafely(path, await documentBytes(request, date), { extensions: [EXTENSIONS.docx], createOnly: !replace });
}

export function writeJobDescription(target: DocxTarget, role: RoleDesign): Promise<Result<{ path: string }>> {
  return writeDocument(target, { document: 'jd', role });
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function writeRubric(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  return writeDocument(target, { document: 'rubric', project });
}

/** The candidate results: a summary in score order, then a page per candidate. */
export function writeResults(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  return writeDocument(target, { document: 'results', project });
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export function writeBoardPack(target: DocxTarget, project: Project, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  return writeDocument(target, { document: 'boardPack', project, languageAppendix });
}
