import { useDeferredValue, useMemo } from 'react';
import { buildJobDescription } from '../../../core/documents/jd/build';
import type { DocumentTree } from '../../../core/documents/tree';
import { translator } from '../../../core/i18n/index';
import type { RoleDesign } from '../../../core/schema/role';

/**
 * The job description as it would print today, in the role's own language, whatever the interface
 * speaks (the language was loaded before the role reached the store: see loadDocumentLanguage).
 * `deferred` where it sits beside the fields that edit it (LiveJobDescription).
 */
export function useJobDescription(role: RoleDesign, { deferred = false } = {}): DocumentTree {
  // beside a step being typed in, the document is rebuilt in the render after the keystroke's paint
  const later = useDeferredValue(role);
  const shown = deferred ? later : role;
  const t = useMemo(() => translator(shown.locale), [shown.locale]);
  return useMemo(() => buildJobDescription(shown, t, { date: new Date() }), [shown, t]);
}
