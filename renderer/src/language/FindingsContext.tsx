// The findings of each field reach it through context, as missing-information messages do: the
// wizard works the report out once, every TextField asks for its own path. Outside the wizard
// (candidates, board review) there is no provider, and fields show nothing.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Finding } from '../../../core/language/types';
import type { RoleDesign } from '../../../core/schema/role';
import { useStudio } from '../state/store';
import { actionable } from './report';
import { useLanguageReport } from './useLanguageReport';

interface FieldsFindings {
  byField: ReadonlyMap<string, readonly Finding[]>;
  /** the role the findings were made from, to tell whether a suggestion still fits its field */
  role: RoleDesign | null;
}

const NONE: readonly Finding[] = [];
const FindingsContext = createContext<FieldsFindings>({ byField: new Map(), role: null });

export function FindingsProvider({ children }: { children: ReactNode }) {
  const report = useLanguageReport();
  const role = useStudio((s) => s.project?.role ?? null);
  const value = useMemo(() => {
    const byField = new Map<string, Finding[]>();
    for (const f of report ? actionable(report) : []) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
    return { byField, role };
  }, [report, role]);
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>;
}

export const useFieldFindings = (path: string): readonly Finding[] => useContext(FindingsContext).byField.get(path) ?? NONE;
export const useFindingsRole = (): RoleDesign | null => useContext(FindingsContext).role;
