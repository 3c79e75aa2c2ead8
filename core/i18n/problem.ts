import type { Translate } from './index.js';
import type { FieldProblem, Problem } from '../result.js';

/** `role.company.name: is longer than 120 characters` */
export const describeField = (f: FieldProblem, t: Translate): string => `${f.field}: ${t(`errors.${f.code}`, f.params ?? {})}`;

/** The problem's message followed by one line for each bad field. */
export function describeProblem(problem: Problem, t: Translate): string[] {
  const params = problem.params ?? {};
  return [t(`errors.${problem.code}`, params), ...(problem.fields ?? []).map((f) => describeField(f, t))];
}
