// The typed contract between the renderer and the main side: every call crosses through one of
// these channels, over Electron IPC or the local web host alike. Requests carry a JSON Schema that
// main validates with ajv before a handler sees them; responses are produced by main itself.
import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { FILE_KINDS } from './formats/kinds.js';
import { LOCALES, type Locale } from './i18n/locales.js';
import { closedList } from './schema/common.js';
import { Project } from './schema/project.js';
import { RoleDesign } from './schema/role.js';
import { ScorecardFile } from './schema/scorecard-file.js';
import type { Problem, Result } from './result.js';

const Path = Type.String({ minLength: 1, maxLength: 4096 });
const Empty = Type.Object({}, { additionalProperties: false });
/** identifies one window's session, so its recovery copy is never offered back to itself */
const Session = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' });
const closed = <P extends TProperties>(props: P) => Type.Object(props, { additionalProperties: false });

export type { FileKind } from './formats/kinds.js';
const Kind = closedList(FILE_KINDS);
/** A scorecard file to read: by path (Open…) or by its text (dropped onto the window). */
const ScorecardSource = Type.Union([
  closed({ path: Path }),
  closed({ name: Type.String({ minLength: 1, maxLength: 512 }), text: Type.String({ maxLength: 2 * 1024 * 1024 }) }),
]);

export interface AppInfo {
  host: 'electron' | 'web';
  /** false in the browser host, where the renderer shows its own file dialog */
  nativeDialogs: boolean;
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
}
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
  project: Project;
}
export interface ReadScorecards {
  cards: { file: string; card: ScorecardFile }[];
  problems: { file: string; problem: Problem }[];
}

/** What each channel's request must look like; main validates every request against it. */
export const REQUESTS = {
  'app:info': Empty,
  'settings:interfaceLanguage': closed({ locale: closedList(LOCALES) }),
  'project:open': closed({ path: Path }),
  'project:save': closed({ path: Path, project: Project }),
  'export:jd': closed({ path: Path, role: RoleDesign }),
  'export:rubric': closed({ path: Path, project: Project }),
  'export:results': closed({ path: Path, project: Project }),
  'export:boardPack': closed({ path: Path, project: Project, languageAppendix: Type.Boolean() }),
  'scorecard:save': closed({ path: Path, file: ScorecardFile }),
  'scorecard:read': closed({ sources: Type.Array(ScorecardSource, { minItems: 1, maxItems: 200 }) }),
  'recovery:save': closed({ session: Session, path: Type.Union([Path, Type.Null()]), project: Project }),
  'recovery:discard': closed({ session: Session }),
  'recovery:list': closed({ session: Session }),
  'recent:list': Empty,
  'files:list': closed({ dir: Path, kind: Kind }),
  'dialog:open': closed({ kind: Kind, multiple: Type.Optional(Type.Boolean()) }),
  'dialog:save': closed({ kind: Kind, suggestedName: Path }),
} as const;

/** What each channel answers with, when it succeeds. */
export interface Responses {
  'app:info': AppInfo;
  'settings:interfaceLanguage': null;
  'project:open': OpenedProject;
  'project:save': { path: string };
  'export:jd': { path: string };
  'export:rubric': { path: string };
  'export:results': { path: string };
  'export:boardPack': { path: string };
  'scorecard:save': { path: string };
  'scorecard:read': ReadScorecards;
  'recovery:save': { path: string };
  'recovery:discard': null;
  'recovery:list': RecoveryCopy[];
  'recent:list': RecentFile[];
  'files:list': DirListing;
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

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(REQUESTS, name);
