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

/** The tree's frame carries the role's language, so Word spell-checks the document in it. */
async function writeTree({ path, replace }: DocxTarget, tree: () => DocumentTree): Promise<Result<{ path: string }>> {
  if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
  return writeFileSafely(path, await packDocument(tree()), { extensions: [EXTENSIONS.docx], createOnly: !replace });
}

export function writeJobDescription(target: DocxTarget, role: RoleDesign): Promise<Result<{ path: string }>> {
  return writeTree(target, () => buildJobDescription(role, translator(role.locale), { date: target.date }));
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function writeRubric(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  return writeTree(target, () => buildRubricDocument(project, translator(project.role.locale), { date: target.date }));
}

/** The candidate results: a summary of everyone in score order, then a page per shortlisted candidate. */
export async function writeResults(target: DocxTarget, project: Project): Promise<Result<{ path: string }>> {
  // results of nobody would be an empty document: refused, and the file is not touched
  if (!project.hiring.candidates.length) return fail('export.noCandidates');
  return writeTree(target, () => buildResultsDocument(project, translator(project.role.locale), { date: target.date }));
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export function writeBoardPack(target: DocxTarget, project: Project, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  return writeTree(target, () => buildBoardPack(project, translator(project.role.locale), { date: target.date, languageAppendix }));
}

/** One interviewer's scorecard pack: their criteria and a page of Word content controls per candidate. */
export async function writeScorecardPack(target: DocxTarget, project: Project, request: PackRequest): Promise<Result<{ path: string }>> {
  const t = translator(project.role.locale);
  const frame = packFrame(project, request, t, target.date);
  if (!frame) return fail('pack.nothingToPack');
  return writeTree(target, () => buildScorecardPack(frame, t, ownCards(project, frame)));
}

/** Debrief agendas: every candidate with a submitted scorecard, or those named. */
export function writeDebrief(target: DocxTarget, project: Project, candidateIds?: readonly string[]): Promise<Result<{ path: string }>> {
  return writeTree(target, () =>
    buildDebrief(project, translator(project.role.locale), { date: target.date, ...(candidateIds ? { candidateIds } : {}) }),
  );
}

/**
 * A pack filled in the app (interviewer mode), written back as the same pack with the values in
 * its controls. Only the pack's own interviewer's cards for its own candidates go in.
 */
export function writeFilledPack(target: DocxTarget, frame: ScorecardPack, cards: readonly Scorecard[]): Promise<Result<{ path: string }>> {
  const candidates = new Set(frame.candidates.map((c) => c.id));
  const own = cards.filter((c) => c.interviewerId === frame.interviewer.id && candidates.has(c.candidateId));
  return writeTree(target, () => buildScorecardPack(frame, translator(frame.locale), new Map(own.map((c) => [c.candidateId, c]))));
}

/** A document to hand the browser host as a download, as bytes instead of a file on disk. */
export type DocumentRequest = RequestOf<'export:bytes'>;

/** The tree of a document the browser host downloads (its frame carries its language); null: nothing to put in it. */
function treeOf(request: DocumentRequest, date: Date): DocumentTree | null {
  if (request.document === 'jd') return buildJobDescription(request.role, translator(request.role.locale), { date });
  const { project } = request;
  const t = translator(project.role.locale);
  const candidates = request.document === 'scorecardPack' || request.document === 'debrief' ? request.candidateIds : undefined;
  switch (request.document) {
    case 'rubric':
      return buildRubricDocument(project, t, { date });
    case 'results':
      return buildResultsDocument(project, t, { date });
    case 'boardPack':
      return buildBoardPack(project, t, { date, languageAppendix: request.languageAppendix });
    case 'debrief':
      return buildDebrief(project, t, { date, ...(candidates ? { candidateIds: candidates } : {}) });
    case 'scorecardPack': {
      const frame = packFrame(
        project,
        { interviewerId: request.interviewerId, ...(candidates ? { candidateIds: candidates } : {}) },
        t,
        date,
      );
      return frame && buildScorecardPack(frame, translator(frame.locale), ownCards(project, frame));
    }
  }
}

/**
 * Packed as every export is: its frame carries the role's language, so Word spell-checks it in the
 * language it is written in. Results of nobody are refused here too, as they are on disk.
 */
export async function documentBytes(request: DocumentRequest, date: Date): Promise<Result<Uint8Array>> {
  if (request.document === 'results' && !request.project.hiring.candidates.length) return fail('export.noCandidates');
  const tree = treeOf(request, date);
  if (!tree) return fail('pack.nothingToPack');
  return ok(await packDocument(tree));
}
