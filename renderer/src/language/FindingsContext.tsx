// The findings of each field reach it through context, as missing-information messages do: the
// wizard works the report out once, every TextField asks for its own path. Outside the wizard
// (candidates, board review) there is no provider, and fields show nothing.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Finding } from '../../../core/language/types';
import type { RoleDesign } from '../../../core/schema/role';
import { useStudio } from '../state/store';
import { actionable } from './report';
import { useLanguageReport } from './useLanguageReport';

const NONE: readonly Finding[] = [];
const FindingsContext = createContext<ReadonlyMap<string, readonly Finding[]>>(new Map());
/** the role as it is now, to tell whether a suggestion still fits its field: a context of its own,
 * so a keystroke re-renders the few parts showing findings, not every field that might */
const RoleContext = createContext<RoleDesign | null>(null);

export function FindingsProvider({ children }: { children: ReactNode }) {
  const report = useLanguageReport();
  const role = useStudio((s) => s.project?.role ?? null);
  const byField = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of report ? actionable(report) : []) map.set(f.field, [...(map.get(f.field) ?? []), f]);
    return map;
  }, [report]);
  return (
    <FindingsContext.Provider value={byField}>
      <RoleContext.Provider value={role}>{children}</RoleContext.Provider>
    </FindingsContext.Provider>
  );
}

export const useFieldFindings = (path: string): readonly Finding[] => useContext(FindingsContext).get(path) ?? NONE;
export const useFindingsRole = (): RoleDesign | null => useContext(RoleContext);
