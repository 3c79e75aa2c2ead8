// Missing-information messages reach each field through context: the wizard decides which issues
// show (only after Next was refused on the step), fields just ask for their own by path.
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { FieldIssue } from '../../../core/role/checks';

const IssuesContext = createContext<ReadonlyMap<string, string>>(new Map());

const sameIssues = (map: ReadonlyMap<string, string>, issues: readonly FieldIssue[]) =>
  map.size === issues.length && issues.every((i) => map.get(i.field) === i.code);

/**
 * The map only changes when the issues do: a new map on every render would re-render every field of
 * the step on every keystroke, memoised or not (docs/performance.md).
 */
export function IssuesProvider({ issues, children }: { issues: readonly FieldIssue[]; children: ReactNode }) {
  const toMap = () => new Map(issues.map((i) => [i.field, i.code]));
  const [map, setMap] = useState<ReadonlyMap<string, string>>(toMap);
  // React's pattern for state derived from props: set during render, before children see it
  if (!sameIssues(map, issues)) setMap(toMap());
  return <IssuesContext.Provider value={map}>{children}</IssuesContext.Provider>;
}

/** The catalogue key saying what is missing at this field, if it is shown. */
export const useFieldIssue = (path: string): string | undefined => useContext(IssuesContext).get(path);

export const fieldId = (path: string): string => `field-${path}`;
export const issueId = (path: string): string => `field-${path}-issue`;

/** aria-describedby from whichever helper texts are present */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;
