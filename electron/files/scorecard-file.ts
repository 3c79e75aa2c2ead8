// Interviewers' scorecard files, read for the app (opened by path or dropped as text) and for
// `cxo-studio merge` by the same function, through the one format boundary; and written for an
// offline interviewer like every other file, atomically and never over a file unasked.
import { basename } from 'node:path';
import type { ReadScorecards } from '../../core/contract.js';
import { parseFile } from '../../core/formats/index.js';
import { EXTENSIONS } from '../../core/formats/kinds.js';
import type { Result } from '../../core/result.js';
import type { ScorecardFile } from '../../core/schema/scorecard-file.js';
import { readFormatFile } from './read-file.js';
import { writeFileSafely } from './safe-write.js';

type Source = { path: string } | { name: string; text: string };

export const readScorecard = (source: Source): Promise<Result<ScorecardFile>> =>
  'path' in source ? readFormatFile(source.path, 'scorecard') : Promise.resolve(parseFile('scorecard', source.text));

/** Reads and validates each scorecard file; one bad file never stops the others. */
export async function readScorecards(sources: readonly Source[]): Promise<ReadScorecards> {
  const result: ReadScorecards = { cards: [], problems: [] };
  for (const source of sources) {
    const file = 'path' in source ? basename(source.path) : source.name;
    const read = await readScorecard(source);
    if (read.ok) result.cards.push({ file, card: read.value });
    else result.problems.push({ file, problem: read.problem });
  }
  return result;
}

export const writeScorecardFile = (path: string, file: ScorecardFile, replace: boolean): Promise<Result<{ path: string }>> =>
  writeFileSafely(path, `${JSON.stringify(file, null, 2)}\n`, { extensions: [EXTENSIONS.scorecard], createOnly: !replace });
