// Missing-information messages reach each field through context: the wizard decides which issues
// show (only after Next was refused on the step), fields just ask for their own by path.
import { createContext, useContext, type ReactNode } from 'react';
import type { FieldIssue } from '../../../core/role/checks';

const IssuesContext = createContext<ReadonlyMap<string, string>>(new Map());

export function IssuesProvider({ issues, children }: { issues: readonly FieldIssue[]; children: ReactNode }) {
  return <IssuesContext.Provider value={new Map(issues.map((i) => [i.field, i.code]))}>{children}</IssuesContext.Provider>;
}

/** The catalogue key saying what is missing at this field, if it is shown. */
export const useFieldIssue = (path: string): string | undefined => useContext(IssuesContext).get(path);

export const fieldId = (path: string): string => `field-${path}`;
export const issueId = (path: string): string => `field-${path}-issue`;

/** aria-describedby from whichever helper texts are present */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;
