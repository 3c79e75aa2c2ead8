import { useMemo } from 'react';
import { buildJobDescription } from '../../../core/documents/jd/build';
import type { DocumentTree } from '../../../core/documents/tree';
import { translator } from '../../../core/i18n/index';
import type { RoleDesign } from '../../../core/schema/role';

/**
 * The job description as it would print today, in the role's own language, whatever the interface
 * speaks (the language was loaded before the role reached the store: see loadDocumentLanguage).
 */
export function useJobDescription(role: RoleDesign): DocumentTree {
  const t = useMemo(() => translator(role.locale), [role.locale]);
  return useMemo(() => buildJobDescription(role, t, { date: new Date() }), [role, t]);
}
