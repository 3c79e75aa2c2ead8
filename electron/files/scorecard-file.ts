// Interviewers' scorecard files and scorecard packs, read for the app (opened by path or dropped)
// and for `cxo-studio merge` by the same functions, through the one format boundary: a .docx is a
// scorecard pack, read as bytes; anything else is a JSON scorecard file, read as text. Scorecard
// files are written for an offline interviewer like every other file, atomically, never over a
// file unasked.
import { basename } from 'node:path';
import type { ReadScorecards, ScorecardSource } from '../../core/contract.js';
import { hasExtension, parseFile, type ReadPack } from '../../core/formats/index.js';
import { EXTENSIONS } from '../../core/formats/kinds.js';
import type { Result } from '../../core/result.js';
import type { ScorecardFile } from '../../core/schema/scorecard-file.js';
import { readFormatFile } from './read-file.js';
import { writeFileSafely } from './safe-write.js';

type Read = { kind: 'card'; card: ScorecardFile } | { kind: 'pack'; pack: ReadPack };

const nameOf = (source: ScorecardSource) => ('path' in source ? source.path : source.name);
export const isPackSource = (source: ScorecardSource) => ('base64' in source ? true : hasExtension(nameOf(source), 'docx'));

const asCard = (read: Result<ScorecardFile>): Result<Read> => (read.ok ? { ok: true, value: { kind: 'card', card: read.value } } : read);
const asPack = (read: Result<ReadPack>): Result<Read> => (read.ok ? { ok: true, value: { kind: 'pack', pack: read.value } } : read);

export async function readScorecardSource(source: ScorecardSource): Promise<Result<Read>> {
  if ('path' in source) {
    return isPackSource(source)
      ? asPack(await readFormatFile(source.path, 'scorecardPack'))
      : asCard(await readFormatFile(source.path, 'scorecard'));
  }
  if ('base64' in source) return asPack(parseFile('scorecardPack', new Uint8Array(Buffer.from(source.base64, 'base64'))));
  return asCard(parseFile('scorecard', source.text));
}

/** Reads and validates each file; one bad file never stops the others. */
export async function readScorecards(sources: readonly ScorecardSource[]): Promise<ReadScorecards> {
  const result: ReadScorecards = { cards: [], packs: [], problems: [] };
  for (const source of sources) {
    const file = 'path' in source ? basename(source.path) : source.name;
    const read = await readScorecardSource(source);
    if (!read.ok) result.problems.push({ file, problem: read.problem });
    else if (read.value.kind === 'card') result.cards.push({ file, card: read.value.card });
    else result.packs.push({ file, pack: read.value.pack });
  }
  return result;
}

export const writeScorecardFile = (path: string, file: ScorecardFile, replace: boolean): Promise<Result<{ path: string }>> =>
  writeFileSafely(path, `${JSON.stringify(file, null, 2)}\n`, { extensions: [EXTENSIONS.scorecard], createOnly: !replace });
