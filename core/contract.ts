// The typed contract between the renderer and the main side: every call crosses through one of
// these channels, over Electron IPC or the local web host alike. Requests carry a JSON Schema that
// main validates with ajv before a handler sees them; responses are produced by main itself.
import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { FILE_KINDS, MAX_BYTES } from './formats/kinds.js';
import { LOCALES, type Locale } from './i18n/locales.js';
import { closedList } from './schema/common.js';
import { Project } from './schema/project.js';
import { RoleDesign } from './schema/role.js';
import { ScorecardFile } from './schema/scorecard-file.js';
import { ScorecardPack } from './schema/scorecard-pack.js';
import { Hiring, Scorecard } from './schema/rubric.js';
import { Id } from './schema/role.js';
import type { Problem, Result } from './result.js';
import type { ReadPack } from './formats/scorecard-pack.js';

const Path = Type.String({ minLength: 1, maxLength: 4096 });
const Empty = Type.Object({}, { additionalProperties: false });
/** identifies one window's session, so its recovery copy is never offered back to itself */
const Session = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' });
/** a session's own count of its recovery requests, in the order it sent them */
const Seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const closed = <P extends TProperties>(props: P) => Type.Object(props, { additionalProperties: false });

export type { FileKind } from './formats/kinds.js';
const Kind = closedList(FILE_KINDS);
const FileName = Type.String({ minLength: 1, maxLength: 512 });
/** A scorecard file or pack to read: by path (Open…), or dropped onto the window: a JSON file as text, a pack as base64. */
const ScorecardSource = Type.Union([
  closed({ path: Path }),
  closed({ name: FileName, text: Type.String({ maxLength: MAX_BYTES.scorecard }) }),
  // base64 takes four characters for every three bytes
  closed({
    name: FileName,
    base64: Type.String({ maxLength: Math.ceil(MAX_BYTES.scorecardPack / 3) * 4, pattern: '^[A-Za-z0-9+/]*={0,2}$' }),
  }),
]);
export type ScorecardSource = Static<typeof ScorecardSource>;

/** Which version of a file was read: a save checks the disk still holds it before replacing it. */
export const Fingerprint = closed({
  size: Type.Integer({ minimum: 0 }),
  mtimeMs: Type.Number(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});
export type Fingerprint = Static<typeof Fingerprint>;

/**
 * What a save may replace: nothing (a new file), exactly the version that was opened, or whatever is
 * there, because the user was shown it and chose to replace it.
 */
export const SaveExpectation = Type.Union([
  closed({ kind: Type.Literal('new') }),
  closed({ kind: Type.Literal('opened'), fingerprint: Fingerprint }),
  closed({ kind: Type.Literal('replace') }),
]);
export type SaveExpectation = Static<typeof SaveExpectation>;

export interface AppInfo {
  host: 'electron' | 'web';
  /** false in the browser host, where the renderer shows its own file dialog */
  nativeDialogs: boolean;
  /** true where an exported file can be opened or shown in its folder (Electron) */
  shell: boolean;
  documentsDir: string;
  version: string;
  /** a project file the app was launched with (a double-clicked .cxorole), opened on start */
  openAtLaunch: string | null;
  /** the interface language the user chose on this device; null until they choose one */
  interfaceLanguage: Locale | null;
  /** the system's preferred languages as the shell knows them (Electron); empty where the browser says (navigator.languages) */
  systemLocales: string[];
}
export interface OpenedProject {
  path: string;
  project: Project;
  fingerprint: Fingerprint;
}
export interface SavedProject {
  path: string;
  /** the version now on disk: the next save expects to replace exactly this */
  fingerprint: Fingerprint;
}
/** What is at a path, so a save dialog can ask before replacing a file. */
export type PathKind = 'none' | 'file' | 'folder' | 'other';
export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}
export interface DirEntry {
  name: string;
  path: string;
  kind: 'file' | 'dir';
}
export interface DirListing {
  dir: string;
  parent: string | null;
  entries: DirEntry[];
}
export type DialogChoice = { path: string; paths: string[] } | { cancelled: true };
/** An unsaved project a previous session left behind: shown to the user before it is restored. */
export interface RecoveryCopy {
  session: string;
  savedAt: string;
  /** the file it was opened from or last saved to, if any */
  path: string | null;
  /** the version of that file the unsaved work started from, so saving it checks the disk as any save does */
  fingerprint: Fingerprint | null;
  project: Project;
}
/** A document to make as bytes, for the browser host to hand to the browser as a download. */
export const DOCUMENTS = ['jd', 'rubric', 'results', 'boardPack'] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];
/** the candidates a pack or a debrief covers; every one when omitted */
/** as many as a project may hold (core/schema/rubric.ts) */
const CandidateIds = Type.Array(Id, { minItems: 1, maxItems: Hiring.properties.candidates.maxItems ?? 10000 });

const DocumentRequest = Type.Union([
  closed({ document: Type.Literal('jd'), role: RoleDesign }),
  closed({ document: Type.Literal('rubric'), project: Project }),
  closed({ document: Type.Literal('results'), project: Project }),
  closed({ document: Type.Literal('boardPack'), project: Project, languageAppendix: Type.Boolean() }),
  closed({ document: Type.Literal('scorecardPack'), project: Project, interviewerId: Id, candidateIds: Type.Optional(CandidateIds) }),
  closed({ document: Type.Literal('debrief'), project: Project, candidateIds: Type.Optional(CandidateIds) }),
]);

/** A scorecard file or pack opened to fill in, in interviewer mode. */
export interface OpenedInterviewerFile {
  path: string;
  source: { kind: 'scorecard'; file: ScorecardFile } | { kind: 'pack'; pack: ReadPack };
}
export interface ReadScorecards {
  cards: { file: string; card: ScorecardFile }[];
  /** scorecard packs, read but not yet checked against the project (core/hiring/pack/merge.ts) */
  packs: { file: string; pack: ReadPack }[];
  problems: { file: string; problem: Problem }[];
}

/** What each channel's request must look like; main validates every request against it. */
export const REQUESTS = {
  'app:info': Empty,
  'settings:interfaceLanguage': closed({ locale: closedList(LOCALES) }),
  'project:open': closed({ path: Path }),
  'project:save': closed({ path: Path, project: Project, expected: SaveExpectation }),
  // replace: false refuses an existing file; true only after the user confirmed replacing it
  'export:jd': closed({ path: Path, role: RoleDesign, replace: Type.Boolean() }),
  'export:rubric': closed({ path: Path, project: Project, replace: Type.Boolean() }),
  'export:results': closed({ path: Path, project: Project, replace: Type.Boolean() }),
  'export:boardPack': closed({ path: Path, project: Project, languageAppendix: Type.Boolean(), replace: Type.Boolean() }),
  /** the same documents as bytes (base64), for a browser download instead of a path on disk */
  'export:bytes': DocumentRequest,
  /** reads a project without opening it (no recent-files entry): the saved file a recovery copy is compared with */
  'project:read': closed({ path: Path }),
  /** opens the backup kept beside a damaged project (NAME.cxorole.bak), attached to the project's own path */
  'project:openBackup': closed({ path: Path }),
  /** a project file the user picked in the browser's own file picker, read from its text */
  'project:parse': closed({ name: Type.String({ minLength: 1, maxLength: 512 }), text: Type.String({ maxLength: MAX_BYTES.project }) }),
  /** Electron only, after an export: open the file in its application, or show it in its folder */
  'shell:open': closed({ path: Path }),
  'shell:showInFolder': closed({ path: Path }),
  'export:scorecardPack': closed({
    path: Path,
    project: Project,
    interviewerId: Id,
    candidateIds: Type.Optional(CandidateIds),
    replace: Type.Boolean(),
  }),
  'export:debrief': closed({
    path: Path,
    project: Project,
    candidateIds: Type.Optional(CandidateIds),
    replace: Type.Boolean(),
  }),
  'interviewer:open': closed({ path: Path }),
  /** a pack filled in the app, in interviewer mode, written back with the values in its controls */
  'pack:save': closed({ path: Path, frame: ScorecardPack, cards: Type.Array(Scorecard, { maxItems: 200 }), replace: Type.Boolean() }),
  'scorecard:save': closed({ path: Path, file: ScorecardFile, replace: Type.Boolean() }),
  'scorecard:read': closed({ sources: Type.Array(ScorecardSource, { minItems: 1, maxItems: 200 }) }),
  // seq orders one session's copies: a copy older than a discard already done is never written
  'recovery:save': closed({
    session: Session,
    seq: Seq,
    path: Type.Union([Path, Type.Null()]),
    fingerprint: Type.Union([Fingerprint, Type.Null()]),
    project: Project,
  }),
  'recovery:discard': closed({ session: Session, seq: Type.Optional(Seq) }),
  'recovery:list': closed({ session: Session }),
  'recent:list': Empty,
  'files:list': closed({ dir: Path, kind: Kind }),
  'files:probe': closed({ path: Path }),
  'dialog:open': closed({ kind: Kind, multiple: Type.Optional(Type.Boolean()) }),
  'dialog:save': closed({ kind: Kind, suggestedName: Path }),
} as const;

/** What each channel answers with, when it succeeds. */
export interface Responses {
  'app:info': AppInfo;
  'settings:interfaceLanguage': null;
  'project:open': OpenedProject;
  'project:save': SavedProject;
  'project:read': OpenedProject;
  /** the backup's content under the damaged project's path; no fingerprint, so saving it asks before replacing the damage */
  'project:openBackup': { path: string; project: Project };
  'export:jd': { path: string };
  'export:rubric': { path: string };
  'export:results': { path: string };
  'export:boardPack': { path: string };
  'export:bytes': { base64: string };
  'project:parse': { project: Project };
  'shell:open': null;
  'shell:showInFolder': null;
  'export:scorecardPack': { path: string };
  'export:debrief': { path: string };
  'interviewer:open': OpenedInterviewerFile;
  'pack:save': { path: string };
  'scorecard:save': { path: string };
  'scorecard:read': ReadScorecards;
  'recovery:save': { path: string };
  'recovery:discard': null;
  'recovery:list': RecoveryCopy[];
  'recent:list': RecentFile[];
  'files:list': DirListing;
  'files:probe': { kind: PathKind };
  'dialog:open': DialogChoice;
  'dialog:save': DialogChoice;
}

// The contract is closed in both directions, checked at compile time: a channel with a request
// schema but no answer type, or an answer type but no request schema, fails the typecheck here.
const _responsesCoverRequests = null as unknown as Responses satisfies Record<keyof typeof REQUESTS, unknown>;
const _requestsCoverResponses = REQUESTS satisfies Record<keyof Responses, TSchema>;

export type Channel = keyof typeof REQUESTS;
export type RequestOf<C extends Channel> = Static<(typeof REQUESTS)[C]>;
export type ResponseOf<C extends Channel> = Responses[C];
export type Invoke = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

export { EVENT_NAMES, isEventName, type AppEvent, type EventName, type EventPayload } from './events.js';

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(REQUESTS, name);
