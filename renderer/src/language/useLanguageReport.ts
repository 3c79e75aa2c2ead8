import { useDeferredValue } from 'react';
import type { LanguageReport } from '../../../core/language/types';
import type { RoleDesign } from '../../../core/schema/role';
import type { Project } from '../../../core/schema/project';
import { useStudio } from '../state/store';
import { useChecker, type Checker } from './checker';
import { reportFor } from './report';

// the last report, shared by every part that shows one (the findings of each field, the step's
// wording indicator): one check of the role per change, not one per part
let last: { checker: Checker; role: RoleDesign; dismissed: Project['language']['dismissed']; report: LanguageReport } | null = null;

function sharedReport(checker: Checker, role: RoleDesign, dismissed: Project['language']['dismissed']): LanguageReport {
  if (last?.checker !== checker || last.role !== role || last.dismissed !== dismissed)
    last = { checker, role, dismissed, report: reportFor(checker, role, dismissed) };
  return last.report;
}

/**
 * The open role's language report; null with no project open, or while the checker loads.
 * Deferred: a keystroke paints first with the findings as they were, and the role is checked again
 * in the render React does next, when nothing more urgent waits (docs/performance.md).
 */
export function useLanguageReport(): LanguageReport | null {
  const role = useDeferredValue(useStudio((s) => s.project?.role));
  const dismissed = useDeferredValue(useStudio((s) => s.project?.language.dismissed));
  const checker = useChecker(role !== undefined);
  return checker && role && dismissed ? sharedReport(checker, role, dismissed) : null;
}
