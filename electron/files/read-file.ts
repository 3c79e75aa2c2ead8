// Reading any file the app understands: the bytes come off the disk here (only from a regular file,
// never past its limit: regular-file.ts), are decoded as strict UTF-8, and their meaning is decided
// by the one format boundary (core/formats). Projects, scorecards, scorecard packs (Word documents,
// read as bytes) and templates, for the app and the command line alike, are read through these
// functions and nothing else.
import { isUtf8 } from 'node:buffer';
import type { Fingerprint } from '../../core/contract.js';
import { foreignBytes, parseFile, type Parsed, type Source } from '../../core/formats/index.js';
import { EXTENSIONS, isBinaryKind, MAX_BYTES, type ReadableKind } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import { fingerprintOf } from './fingerprint.js';
import { readRegularFile } from './regular-file.js';

/** What a link to a file of each kind may point to. */
export const LINK_EXTENSIONS: Readonly<Record<ReadableKind, readonly string[]>> = {
  project: [EXTENSIONS.project],
  scorecard: [EXTENSIONS.scorecard],
  scorecardPack: [EXTENSIONS.docx],
  template: ['.json'],
};

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Invalid UTF-8 is refused, never replaced with U+FFFD: a lenient read would rewrite the damaged
 * bytes on the next save and lose whatever they were. Checked with Node's isUtf8 (simdutf) and then
 * decoded as a Buffer: the same answer as a fatal TextDecoder, a leading byte-order mark dropped
 * as it drops it, in a fraction of the time on a 10 MB project (docs/performance.md).
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  if (!isUtf8(bytes)) return fail('file.notUtf8');
  const start = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  return ok(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start));
}

export interface Versioned<T> {
  value: T;
  fingerprint: Fingerprint;
}

export async function readFormatFileVersion<K extends ReadableKind>(path: string, kind: K): Promise<Result<Versioned<Parsed[K]>>> {
  const read = await readRegularFile(path, MAX_BYTES[kind], LINK_EXTENSIONS[kind]);
  if (!read.ok) return read;
  // a Word document renamed .cxorole is named as one, before its bytes fail as UTF-8
  const foreign = isBinaryKind(kind) ? null : foreignBytes(read.value.bytes);
  if (foreign) return fail(`foreign.${kind}.${foreign}`);
  // a Word document is a zip, read as bytes; every other kind is UTF-8 text
  const source = isBinaryKind(kind) ? ok(read.value.bytes) : decodeUtf8(read.value.bytes);
  if (!source.ok) return source;
  const parsed = parseFile(kind, source.value as Source<K>);
  return parsed.ok ? ok({ value: parsed.value, fingerprint: fingerprintOf(read.value.bytes, read.value.info) }) : parsed;
}

export async function readFormatFile<K extends ReadableKind>(path: string, kind: K): Promise<Result<Parsed[K]>> {
  const read = await readFormatFileVersion(path, kind);
  return read.ok ? ok(read.value.value) : read;
}
