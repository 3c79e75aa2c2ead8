// What every cxo-studio command shares: the catalogue, the exit codes, the output streams and the
// two ways a command ends early (a mistyped command, or a problem with a file).
import '../../core/i18n/all.js';
import '../../core/project/all-templates.js';
import { translator } from '../../core/i18n/index.js';
import { matchLocale } from '../../core/i18n/locales.js';
import { describeProblem } from '../../core/i18n/problem.js';
import type { Problem } from '../../core/result.js';

/**
 * The command line speaks the language of the environment, as POSIX tools do: LC_ALL, then
 * LC_MESSAGES, then LANG (`pl_PL.UTF-8` → Polish); "C", unset or unknown → English.
 */
export function cliLocale(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return matchLocale(tag ? [tag] : []);
}

export const t = translator(cliLocale());
export type Exit = 0 | 1 | 2;
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The command was written wrongly: exit 2 with the usage. */
export class UsageError extends Error {}

export const problemExit = (problem: Problem, io: Io): Exit => (describeProblem(problem, t).forEach((l) => io.err(l)), 1);
