// The one file-format boundary: every file the app reads (a project, a scorecard, a scorecard pack,
// a template) comes in through parseFile, which owns the size limit, the BOM and JSON prelude (or,
// for a Word document, the zip and its XML), migration of older versions and validation. The shells
// read bytes; only this decides what they mean.
// The renderer imports kinds.ts alone: this module brings ajv, which the page's CSP forbids.
import type { Result } from '../result.js';
import type { Project, Template } from '../schema/project.js';
import type { ScorecardFile } from '../schema/scorecard-file.js';
import type { BinaryKind, ReadableKind } from './kinds.js';
import { loadProject } from './project.js';
import { parseScorecardFile } from './scorecard.js';
import { parseScorecardPack, type ReadPack } from './scorecard-pack.js';
import { parseTemplate } from './template.js';

export interface Parsed {
  project: Project;
  scorecard: ScorecardFile;
  scorecardPack: ReadPack;
  template: Template;
}

/** What each kind is read from: text for the JSON kinds, bytes for a Word document. */
export type Source<K extends ReadableKind> = K extends BinaryKind ? Uint8Array : string;

const PARSERS: { [K in ReadableKind]: (source: Source<K>) => Result<Parsed[K]> } = {
  project: loadProject,
  scorecard: parseScorecardFile,
  scorecardPack: parseScorecardPack,
  template: parseTemplate,
};

export function parseFile<K extends ReadableKind>(kind: K, source: Source<K>): Result<Parsed[K]> {
  return (PARSERS[kind] as (source: Source<K>) => Result<Parsed[K]>)(source);
}

export { checkProject, serializeProject } from './project.js';
export { foreignBytes } from './foreign.js';
export { checkTemplate, looksLikeTemplate } from './template.js';
export type { PackCard, ReadPack } from './scorecard-pack.js';
export {
  EXTENSIONS,
  FILE_KINDS,
  hasExtension,
  isBinaryKind,
  kindOfPath,
  limitMb,
  MAX_BYTES,
  type FileKind,
  type ReadableKind,
} from './kinds.js';
