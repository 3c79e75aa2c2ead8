// Writing exported documents: core/ builds each document's tree, renders it and packs it to bytes
// (core/documents); this puts the bytes on disk atomically, like every other file the app writes.
// A document goes only to a path ending in .docx, so an export can never replace a project, and
// replaces an existing document only when the caller says the user chose to.
import type { RequestOf } from '../../core/contract.js';
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { packDocument } from '../../core/documents/docx/pack.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { buildDebrief } from '../../core/documents/debrief/build.js';
import { buildScorecardPack } from '../../core/documents/scorecard-pack/build.js';
import { ownCards, packFrame, type PackRequest } from '../../core/hiring/pack/frame.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import type { Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import type { RoleDesign } from '../../core/schema/role.js';
import type { Scorecard } from '../../core/schema/rubric.js';
import type { ScorecardPack } from '../../core/schema/scorecard-pack.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { fail, ok } from '../../core/result.js';
import { writeFileSafely } from './safe-write.js';

export interface DocxTarget {
  path: string;
  /** false: an existing file is refused (file.exists) so the user can be asked first */
  replace: boolean;
  date: Date;
}

/** `language`: the role's, so Word spell-checks the document in the language it is written in. */
async function writeTree({ path, replace }: DocxTarget, tree: () => DocumentTree, language: string): Promise<Result<{ path: string }>> {
  if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
  return writeFileSafely(path, await packDocument(tree(), language), { extensions: [EXTENSIONS.docx], createOnly: !replace });
}

export function writeJobDescription(target: DocxTarget, role: RoleDesign): Promise<Result<{ path: string }>> {
  return writeTree(target, () => buildJobDescription(role, translator(role.locale), { date: target.date }), role.locale);
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function writeRubric(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  return writeTree(target, () => buildRubricDocument(project, translator(project.role.locale), { date: target.date }), project.role.locale);
}

/** The candidate results: a summary in score order, then a page per candidate. */
export function writeResults(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  return writeTree(
    target,
    () => buildResultsDocument(project, translator(project.role.locale), { date: target.date }),
    project.role.locale,
  );
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export function writeBoardPack(target: DocxTarget, project: Project, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  return writeTree(
    target,
    () => buildBoardPack(project, translator(project.role.locale), { date: target.date, languageAppendix }),
    project.role.locale,
  );
}

/** One interviewer's scorecard pack: their criteria and a page of Word content controls per candidate. */
export async function writeScorecardPack(target: DocxTarget, project: Project, request: PackRequest): Promise<Result<{ path: string }>> {
  const t = translator(project.role.locale);
  const frame = packFrame(project, request, t, target.date);
  if (!frame) return fail('pack.nothingToPack');
  return writeTree(target, () => buildScorecardPack(frame, t, ownCards(project, frame)), frame.locale);
}

/** Debrief agendas: every candidate with a submitted scorecard, or those named. */
export function writeDebrief(target: DocxTarget, project: Project, candidateIds?: readonly string[]): Promise<Result<{ path: string }>> {
  return writeTree(
    target,
    () => buildDebrief(project, translator(project.role.locale), { date: target.date, ...(candidateIds ? { candidateIds } : {}) }),
    project.role.locale,
  );
}

/**
 * A pack filled in the app (interviewer mode), written back as the same pack with the values in
 * its controls. Only the pack's own interviewer's cards for its own candidates go in.
 */
export function writeFilledPack(target: DocxTarget, frame: ScorecardPack, cards: readonly Scorecard[]): Promise<Result<{ path: string }>> {
  const candidates = new Set(frame.candidates.map((c) => c.id));
  const own = cards.filter((c) => c.interviewerId === frame.interviewer.id && candidates.has(c.candidateId));
  return writeTree(
    target,
    () => buildScorecardPack(frame, translator(frame.locale), new Map(own.map((c) => [c.candidateId, c]))),
    frame.locale,
  );
}

/** A document to hand the browser host as a download, as bytes instead of a file on disk. */
export type DocumentRequest = RequestOf<'export:bytes'>;

/** The tree of a document the browser host downloads, and its language; null: nothing to put in it. */
function treeOf(request: DocumentRequest, date: Date): { tree: DocumentTree; language: string } | null {
  if (request.document === 'jd')
    return { tree: buildJobDescription(request.role, translator(request.role.locale), { date }), language: request.role.locale };
  const { project } = request;
  const language = project.role.locale;
  const t = translator(language);
  const candidates = request.document === 'scorecardPack' || request.document === 'debrief' ? request.candidateIds : undefined;
  switch (request.document) {
    case 'rubric':
      return { tree: buildRubricDocument(project, t, { date }), language };
    case 'results':
      return { tree: buildResultsDocument(project, t, { date }), language };
    case 'boardPack':
      return { tree: buildBoardPack(project, t, { date, languageAppendix: request.languageAppendix }), language };
    case 'debrief':
      return { tree: buildDebrief(project, t, { date, ...(candidates ? { candidateIds: candidates } : {}) }), language };
    case 'scorecardPack': {
      const frame = packFrame(
        project,
        { interviewerId: request.interviewerId, ...(candidates ? { candidateIds: candidates } : {}) },
        t,
        date,
      );
      return frame && { tree: buildScorecardPack(frame, t, ownCards(project, frame)), language: frame.locale };
    }
  }
}

/** Packed as every export is, in the role's language, so Word spell-checks it in the language it is written in. */
export async function documentBytes(request: DocumentRequest, date: Date): Promise<Result<Uint8Array>> {
  const made = treeOf(request, date);
  if (!made) return fail('pack.nothingToPack');
  return ok(await packDocument(made.tree, made.language));
}
