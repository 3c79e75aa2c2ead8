// The language score, 0–100. Start at 100 and take off a fixed amount per finding by severity:
// high 15, medium 6, low 2; never below 0. Gender-coded word hits are information, not faults: they
// cost nothing on their own, and the balance they add up to costs a medium finding when it is
// strongly coded. Dismissed findings are gone before the score is taken, so they cost nothing.
import type { Finding, Severity } from './types.js';

export const PENALTY: Readonly<Record<Severity, number>> = { high: 15, medium: 6, low: 2 };

/** A gender-coded word on its own: it informs the balance but is not a fault. */
export const isInformational = (f: Finding): boolean => f.kind === 'gender' && f.severity === 'low';

export function languageScore(findings: readonly Finding[]): number {
  const lost = findings.reduce((sum, f) => sum + (isInformational(f) ? 0 : PENALTY[f.severity]), 0);
  return Math.max(0, 100 - lost);
}
