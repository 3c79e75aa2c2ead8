// Reading any file the app understands: the bytes come off the disk here, and their meaning is
// decided by the one format boundary (core/formats). Projects, scorecards, scorecard packs and
// templates, for the app and the command line alike, are read through this function and nothing else.
import { readFile, stat } from 'node:fs/promises';
import { parseFile, type Parsed, type Source } from '../../core/formats/index.js';
import { isBinaryKind, limitMb, MAX_BYTES, type ReadableKind } from '../../core/formats/kinds.js';
import { fail, type Result } from '../../core/result.js';
import { ioProblem } from './io-problem.js';

export async function readFormatFile<K extends ReadableKind>(path: string, kind: K): Promise<Result<Parsed[K]>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('file.isDirectory', { path });
    // refuse before reading: a huge file should cost nothing
    if (info.size > MAX_BYTES[kind]) return fail('file.tooLarge', { limitMb: limitMb(kind) });
    const bytes = await readFile(path);
    const source = (
      isBinaryKind(kind) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.toString('utf8')
    ) as Source<K>;
    return parseFile(kind, source);
  } catch (error) {
    return ioProblem(error, path, 'read');
  }
}
