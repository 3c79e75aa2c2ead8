import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReadScorecards } from '../../core/contract.js';
import { MAX_SCORECARD_BYTES, parseScorecardFile } from '../../core/formats/scorecard.js';
import { ioProblem } from './io-problem.js';

type Source = { path: string } | { name: string; text: string };

/** Reads and validates each scorecard file; one bad file never stops the others. */
export async function readScorecards(sources: readonly Source[]): Promise<ReadScorecards> {
  const result: ReadScorecards = { cards: [], problems: [] };
  for (const source of sources) {
    const file = 'path' in source ? basename(source.path) : source.name;
    let text: string;
    if ('path' in source) {
      try {
        if ((await stat(source.path)).size > MAX_SCORECARD_BYTES) {
          result.problems.push({ file, problem: { code: 'file.tooLarge', params: { limitMb: 2 } } });
          continue;
        }
        text = await readFile(source.path, 'utf8');
      } catch (error) {
        const failed = ioProblem<never>(error, source.path, 'read');
        result.problems.push({ file, problem: failed.ok ? { code: 'unexpected' } : failed.problem });
        continue;
      }
    } else {
      text = source.text;
    }
    const parsed = parseScorecardFile(text);
    if (parsed.ok) result.cards.push({ file, card: parsed.value });
    else result.problems.push({ file, problem: parsed.problem });
  }
  return result;
}
