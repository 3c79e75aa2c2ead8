// The language report of the open role, worked out once per edit and shared by every part that
// shows it (the fields, the step indicator, the Review panel). The checker caches per field, so a
// keystroke costs one field's analysis; this cache saves even that for readers of the same edit.
import { isInformational } from '../../../core/language/score';
import type { Finding, LanguageReport } from '../../../core/language/types';
import type { RoleDesign } from '../../../core/schema/role';
import type { Checker } from './checker';

let last: { role: RoleDesign; dismissed: readonly string[]; report: LanguageReport } | null = null;

export function reportFor(checker: Checker, role: RoleDesign, dismissed: readonly string[]): LanguageReport {
  if (last?.role === role && last.dismissed === dismissed) return last.report;
  const report = checker.checkRole(role, checker.rulesFor(role.locale), dismissed);
  last = { role, dismissed, report };
  return report;
}

/**
 * The findings a writer acts on. A gender-coded word on its own is information for the balance (it
 * costs the score nothing), so it is counted in the Review panel's balance, never listed as a fault.
 */
export const actionable = (report: LanguageReport): Finding[] => report.findings.filter((f) => !isInformational(f));

/** How many findings the dismissed ids hide today: ids of words since edited away hide nothing. */
export function hiddenCount(checker: Checker, role: RoleDesign, dismissed: readonly string[]): number {
  if (!dismissed.length) return 0;
  const hidden = new Set(dismissed);
  return actionable(checker.checkRole(role, checker.rulesFor(role.locale))).filter((f) => hidden.has(f.id)).length;
}
