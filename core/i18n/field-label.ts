// A schema path as the user knows the field: `rubric.criteria[0].weight` → "Rubric › Criterion 1 ›
// Weight", `role.company.name` → "Company name". Fields the wizard labels keep the wizard's label;
// any other path is named part by part from the catalogue (`errors.fieldName.*`), lists by their
// item and its number, and a part with no name of its own is spelled out from its camelCase.
import type { Translate } from './index.js';

/** Paths the wizard shows as one labelled field, to their label's catalogue key. */
const WIZARD_LABELS: Readonly<Record<string, string>> = {
  'role.title': 'ui.company.roleTitle',
  'role.company.name': 'ui.company.name',
  'role.company.industry': 'ui.company.industry',
  'role.company.size': 'ui.company.size',
  'role.company.stage': 'ui.company.stage',
  'role.company.description': 'ui.company.description',
  'role.context.whyNow': 'ui.company.whyNow',
  'role.context.whyNowDetail': 'ui.company.whyNowDetailRequired',
  'role.context.reportingLine': 'ui.company.reportingLine',
  'role.context.reportingLineOther': 'ui.company.reportingLineOther',
  'role.context.scope': 'ui.company.scope',
  'role.context.executiveBoardSeat': 'ui.company.boardSeat',
  'role.context.teams': 'ui.company.teams',
  'role.context.teamsOther': 'ui.company.teamsOther',
  'role.objectives.purpose': 'ui.objectives.purpose',
  'role.background.choice': 'ui.background.legend',
};

const SEPARATOR = ' › ';

/** `candidateId` → "candidate id": a readable name for a part the catalogue does not name. */
const spelledOut = (part: string) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function partName(part: string, t: Translate): string {
  const key = `errors.fieldName.${part}`;
  const named = t(key);
  return named === key ? spelledOut(part) : named;
}

export function fieldLabel(path: string, t: Translate): string {
  const wizard = WIZARD_LABELS[path];
  if (wizard) return t(wizard);
  const parts = path.match(/[^.[\]]+|\[\d+\]/g) ?? [path];
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const index = parts[i + 1]?.match(/^\[(\d+)\]$/);
    if (index) {
      words.push(t(`errors.fieldItem.${part}`, { n: Number(index[1]) + 1, defaultValue: `${partName(part, t)} ${Number(index[1]) + 1}` }));
      i += 1;
    } else if (!part.startsWith('[')) {
      const name = partName(part, t);
      if (name) words.push(name);
    }
  }
  const label = words.join(SEPARATOR);
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : path;
}
