import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildJobDescription } from '../../../core/documents/jd/build';
import type { DocumentTree } from '../../../core/documents/tree';
import type { RoleDesign } from '../../../core/schema/role';

/** The job description as it would print today; react-i18next hands out a new t on a language change. */
export function useJobDescription(role: RoleDesign): DocumentTree {
  const { t } = useTranslation();
  return useMemo(() => buildJobDescription(role, t, { date: new Date() }), [role, t]);
}
