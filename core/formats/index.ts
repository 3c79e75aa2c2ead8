// The one file-format boundary: every file the app reads (a project, a scorecard, a template)
// comes in through parseFile, which owns the size limit, the BOM and JSON prelude, migration of
// older versions and validation. The shells read bytes; only this decides what they mean.
// The renderer imports kinds.ts alone: this module brings ajv, which the page's CSP forbids.
import type { Result } from '../result.js';
import type { Project, Template } from '../schema/project.js';
import type { ScorecardFile } from '../schema/scorecard-file.js';
import type { ReadableKind } from './kinds.js';
import { loadProject } from './project.js';
import { parseScorecardFile } from './scorecard.js';
import { parseTemplate } from './template.js';

export interface Parsed {
  project: Project;
  scorecard: ScorecardFile;
  template: Template;
}

const PARSERS: { [K in ReadableKind]: (text: string) => Result<Parsed[K]> } = {
  project: loadProject,
  scorecard: parseScorecardFile,
  template: parseTemplate,
};

export function parseFile<K extends ReadableKind>(kind: K, text: string): Result<Parsed[K]> {
  return PARSERS[kind](text);
}

export { checkProject, serializeProject } from './project.js';
export { foreignBytes } from './foreign.js';
export { checkTemplate, looksLikeTemplate } from './template.js';
export { EXTENSIONS, FILE_KINDS, hasExtension, kindOfPath, limitMb, MAX_BYTES, type FileKind, type ReadableKind } from './kinds.js';
