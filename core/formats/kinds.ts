// The kinds of file the app reads and writes, their extensions and their size limits: the one
// place these are defined. Free of ajv and of every schema, so the renderer can import it (a
// dropped file is checked against the same limit in the page before it is sent to main).

export const FILE_KINDS = ['project', 'docx', 'scorecard'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const EXTENSIONS: Readonly<Record<FileKind, string>> = { project: '.cxorole', docx: '.docx', scorecard: '.json' };

/** What an Open dialog lists for each kind: interviewers' scorecards come as JSON files or Word packs. */
export const OPENED_EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  project: [EXTENSIONS.project],
  docx: [EXTENSIONS.docx],
  scorecard: [EXTENSIONS.scorecard, EXTENSIONS.docx],
};

/** What may be read: a project file, an interviewer's scorecard file or scorecard pack, or a role template. */
export type ReadableKind = 'project' | 'scorecard' | 'scorecardPack' | 'template';

/** Kinds read as bytes rather than text: a Word document is a zip. */
export const BINARY_KINDS = ['scorecardPack'] as const satisfies readonly ReadableKind[];
export type BinaryKind = (typeof BINARY_KINDS)[number];
export type TextKind = Exclude<ReadableKind, BinaryKind>;
export const isBinaryKind = (kind: ReadableKind): kind is BinaryKind => (BINARY_KINDS as readonly string[]).includes(kind);

/**
 * A role alone is tens of kilobytes and a scorecard a few; anything this large is refused before
 * it is read, so a huge or endless file costs nothing. A project holds its whole panel: the app
 * saves 1,000 candidates × 10 interviewers × 20 criteria as about 28 MB, so projects may reach
 * 64 MB (documents and packs keep their own, smaller limits).
 */
export const MAX_BYTES: Readonly<Record<ReadableKind, number>> = {
  project: 64 * 1024 * 1024,
  scorecard: 2 * 1024 * 1024,
  // two hundred candidates' pages with long evidence stay well under this
  scorecardPack: 10 * 1024 * 1024,
  template: 1024 * 1024,
};

export const limitMb = (kind: ReadableKind): number => MAX_BYTES[kind] / 1024 / 1024;

export const hasExtension = (path: string, kind: FileKind): boolean => path.toLowerCase().endsWith(EXTENSIONS[kind]);

/** The kind a path's extension names, if any. */
export function kindOfPath(path: string): FileKind | null {
  return FILE_KINDS.find((kind) => hasExtension(path, kind)) ?? null;
}
