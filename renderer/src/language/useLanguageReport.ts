import { useMemo } from 'react';
import type { LanguageReport } from '../../../core/language/types';
import { useStudio } from '../state/store';
import { useChecker } from './checker';
import { reportFor } from './report';

/** The open role's language report; null with no project open, or while the checker loads. */
export function useLanguageReport(): LanguageReport | null {
  const role = useStudio((s) => s.project?.role);
  const dismissed = useStudio((s) => s.project?.language.dismissed);
  const checker = useChecker(role !== undefined);
  return useMemo(() => (checker && role && dismissed ? reportFor(checker, role, dismissed) : null), [checker, role, dismissed]);
}
