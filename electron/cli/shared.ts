// What every cxo-studio command shares: the catalogue, the exit codes, the output streams and the
// two ways a command ends early (a mistyped command, or a problem with a file).
import { translator } from '../../core/i18n/index.js';
import { describeProblem } from '../../core/i18n/problem.js';
import type { Problem } from '../../core/result.js';

export const t = translator();
export type Exit = 0 | 1 | 2;
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The command was written wrongly: exit 2 with the usage. */
export class UsageError extends Error {}

export const problemExit = (problem: Problem, io: Io): Exit => (describeProblem(problem, t).forEach((l) => io.err(l)), 1);
