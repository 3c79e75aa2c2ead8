// Writing exported documents: core/ builds each document's tree, renders it and packs it to bytes
// (core/documents); this puts the bytes on disk atomically, like every other file the app writes.
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { packDocument } from '../../core/documents/docx/pack.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { buildScorecardPack } from '../../core/documents/scorecard-pack/build.js';
import { buildDebrief } from '../../core/documents/debrief/build.js';
import { ownCards, packFrame, type PackRequest } from '../../core/hiring/pack/frame.js';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { fail, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import type { RoleDesign } from '../../core/schema/role.js';
import type { Scorecard } from '../../core/schema/rubric.js';
import type { ScorecardPack } from '../../core/schema/scorecard-pack.js';
import { writeAtomically } from './project-file.js';

/** `language`: the role's, so Word spell-checks the document in the language it is written in. */
async function writeTree(path: string, tree: DocumentTree, language: string): Promise<Result<{ path: string }>> {
  return writeAtomically(path, await packDocument(tree, language));
}

export function writeJobDescription(path: string, role: RoleDesign, date: Date): Promise<Result<{ path: string }>> {
  return writeTree(path, buildJobDescription(role, translator(role.locale), { date }), role.locale);
}

/** The interviewer guide: the role, how to rate, the criteria, and a blank scorecard per interviewer. */
export function writeRubric(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  return writeTree(path, buildRubricDocument(project, translator(project.role.locale), { date }), project.role.locale);
}

/** The candidate results: a summary in score order, then a page per candidate. */
export function writeResults(path: string, project: Project, date: Date): Promise<Result<{ path: string }>> {
  return writeTree(path, buildResultsDocument(project, translator(project.role.locale), { date }), project.role.locale);
}

/** The board pack: the presented version, its reasoning, changes, rubric, candidates and decisions. */
export function writeBoardPack(path: string, project: Project, date: Date, languageAppendix: boolean): Promise<Result<{ path: string }>> {
  return writeTree(path, buildBoardPack(project, translator(project.role.locale), { date, languageAppendix }), project.role.locale);
}

/** One interviewer's scorecard pack: their criteria and a page of Word content controls per candidate. */
export function writeScorecardPack(path: string, project: Project, request: PackRequest, date: Date): Promise<Result<{ path: string }>> {
  const t = translator(project.role.locale);
  const frame = packFrame(project, request, t, date);
  if (!frame) return Promise.resolve(fail('pack.nothingToPack'));
  return writeTree(path, buildScorecardPack(frame, t, ownCards(project, frame)), frame.locale);
}

/** Debrief agendas: every candidate with a submitted scorecard, or those named. */
export function writeDebrief(
  path: string,
  project: Project,
  date: Date,
  candidateIds?: readonly string[],
): Promise<Result<{ path: string }>> {
  return writeTree(
    path,
    buildDebrief(project, translator(project.role.locale), { date, ...(candidateIds ? { candidateIds } : {}) }),
    project.role.locale,
  );
}

/**
 * A pack filled in the app (interviewer mode), written back as the same pack with the values in
 * its controls. Only the pack's own interviewer's cards for its own candidates go in.
 */
export function writeFilledPack(path: string, frame: ScorecardPack, cards: readonly Scorecard[]): Promise<Result<{ path: string }>> {
  const candidates = new Set(frame.candidates.map((c) => c.id));
  const own = cards.filter((c) => c.interviewerId === frame.interviewer.id && candidates.has(c.candidateId));
  return writeTree(path, buildScorecardPack(frame, translator(frame.locale), new Map(own.map((c) => [c.candidateId, c]))), frame.locale);
}
