// What goes to disk or into an exported document. The editor lets a list hold a blank row while
// someone is still typing; the file format does not, so blank rows are left out of what is written,
// and the few gaps that cannot simply be left out are reported instead.
import type { RoleDesign, TextItem } from '../schema/role.js';
import { isBlank, type FieldIssue } from './checks.js';

export interface Prepared {
  role: RoleDesign;
  /** gaps that would make the file invalid; while any remain, nothing is written */
  blockers: FieldIssue[];
}

const filled = (items: readonly TextItem[]) => items.filter((item) => !isBlank(item.text));

export function prepareForWriting(role: RoleDesign): Prepared {
  const outcomes = filled(role.objectives.outcomes);
  // a row with neither words nor theme is an abandoned row; with only one of them it is half-written
  const responsibilities = role.responsibilities.filter((r) => !(isBlank(r.text) && isBlank(r.theme)));
  const blockers: FieldIssue[] = [];
  if (isBlank(role.title)) blockers.push({ field: 'title', code: 'ui.missing.roleTitle' });
  for (const r of responsibilities) {
    if (isBlank(r.text)) blockers.push({ field: `responsibilities.${r.id}.text`, code: 'ui.missing.responsibilityText' });
    if (isBlank(r.theme)) blockers.push({ field: `responsibilities.${r.id}.theme`, code: 'ui.missing.responsibilityTheme' });
  }
  return {
    role: {
      ...role,
      objectives: { ...role.objectives, outcomes },
      responsibilities,
      mustHaves: filled(role.mustHaves),
      qualities: filled(role.qualities),
      niceToHaves: filled(role.niceToHaves),
      offer: { ...role.offer, benefits: filled(role.offer.benefits) },
    },
    blockers,
  };
}
