import type { Translate } from './index.js';
import type { FieldProblem, Problem } from '../result.js';

/** `role.company.name: is longer than 120 characters` */
export const describeField = (f: FieldProblem, t: Translate): string => `${f.field}: ${t(`errors.${f.code}`, f.params ?? {})}`;

/** The problem's message, one line for each bad field listed (at most 50), and how many more there are. */
export function describeProblem(problem: Problem, t: Translate): string[] {
  const params = problem.params ?? {};
  const more = problem.moreFields ? [t('errors.moreFields', { count: problem.moreFields })] : [];
  return [t(`errors.${problem.code}`, params), ...(problem.fields ?? []).map((f) => describeField(f, t)), ...more];
}
