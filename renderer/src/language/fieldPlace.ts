// Where a finding's field lives for a person: its name as the wizard labels it ("Responsibility 3",
// "Must-have 2"), the step that edits it and the element to focus there. Numbers follow the order
// each step shows its items in, so "Responsibility 3" is the third box on the Responsibilities step.
import type { Translate } from '../../../core/i18n/index';
import { themeGroups } from '../../../core/role/lists';
import type { RoleDesign } from '../../../core/schema/role';
import { fieldId } from '../components/issues';
import type { StepId } from '../wizard/stepIds';

export interface FieldPlace {
  step: StepId;
  label: string;
  /** the DOM id to focus on that step */
  target: string;
}

/** The Review step's language panel: where findings about the whole description are shown. */
export const LANGUAGE_PANEL_ID = 'language-check';

const LISTS = { mustHaves: 'mustHave', qualities: 'quality', niceToHaves: 'niceToHave' } as const;
/** lists one level down: `offer.benefits.<id>` */
const NESTED_LISTS = { 'offer.benefits': 'benefit' } as const;
const SIMPLE: Readonly<Record<string, string>> = {
  title: 'title',
  'company.industry': 'industry',
  'company.description': 'companyDescription',
  'context.whyNowDetail': 'whyNowDetail',
  'context.reportingLineOther': 'reportingLineOther',
  'context.teamsOther': 'teamsOther',
  'context.teams': 'teams',
  'objectives.purpose': 'purpose',
  'objectives.outcomes': 'outcomes',
  'context.figures.budget': 'budget',
  'position.workModelDetail': 'workModelDetail',
  'offer.disclosure': 'payDisclosure',
  'offer.note': 'payNote',
  'offer.benefits': 'benefits',
  'application.method': 'applyMethod',
  'application.nextSteps': 'nextSteps',
  'application.equalOpportunity': 'equalOpportunity',
};

export function stepOfField(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (head === 'title' || head === 'company' || head === 'context' || head === 'position') return 'company';
  if (head === 'offer' || head === 'application') return 'offer';
  if (head === 'objectives' || head === 'responsibilities') return head;
  if (Object.hasOwn(LISTS, head)) return 'qualifications';
  return 'review';
}

/** The first element of a list, or the list's own control when it is empty. */
const firstOf = (path: string, items: readonly { id: string }[], leaf = '') => fieldId(items[0] ? `${path}.${items[0].id}${leaf}` : path);

function placeLabel(role: RoleDesign, path: string, match: string, t: Translate): { label: string; target?: string } {
  const key = (name: string, params: Record<string, unknown> = {}) => t(`language.field.${name}`, params);
  const simple = SIMPLE[path];
  if (simple) return { label: key(simple) };
  const [head = '', id = '', leaf = '', metricLeaf = ''] = path.split('.');
  const number = (items: readonly { id: string }[], itemId: string) => items.findIndex((x) => x.id === itemId) + 1;
  if (head === 'objectives' && id === 'outcomes') return { label: key('outcome', { n: number(role.objectives.outcomes, leaf) }) };
  if (head === 'objectives' && id === 'metrics')
    return { label: key(`metric.${metricLeaf}`, { n: number(role.objectives.metrics, leaf) }) };
  if (head === 'responsibilities') {
    const order = themeGroups(role.responsibilities).flatMap((g) => g.items);
    if (id) return { label: key(`responsibility.${leaf}`, { n: number(order, id) }) };
    return { label: match.trim() ? key('responsibilitiesInTheme', { theme: match.trim() }) : key('responsibilities') };
  }
  if (head === 'offer' && id === 'benefits' && leaf)
    return { label: key(NESTED_LISTS['offer.benefits'], { n: number(role.offer.benefits, leaf) }) };
  const list = Object.hasOwn(LISTS, head) ? LISTS[head as keyof typeof LISTS] : null;
  if (list) return { label: id ? key(list, { n: number(role[head as keyof typeof LISTS], id) }) : key(`${list}List`) };
  return { label: key(path === 'description' ? 'description' : 'elsewhere'), target: LANGUAGE_PANEL_ID };
}

function placeTarget(role: RoleDesign, path: string, match: string): string {
  if (path === 'context.teams') return `field-context.teams-${role.context.teams[0] ?? 'other'}`;
  if (path === 'objectives.outcomes') return firstOf(path, role.objectives.outcomes);
  if (path === 'offer.benefits') return firstOf(path, role.offer.benefits);
  if (path === 'offer.disclosure') return `field-offer.disclosure-${role.offer.disclosure}`;
  if (path === 'responsibilities') {
    const inTheme = role.responsibilities.filter((r) => r.theme.trim() === match.trim());
    return firstOf(path, inTheme, '.text');
  }
  if (Object.hasOwn(LISTS, path)) return firstOf(path, role[path as keyof typeof LISTS]);
  return fieldId(path);
}

/** `match` tells a per-theme list finding which theme it is about. */
export function fieldPlace(role: RoleDesign, path: string, match: string, t: Translate): FieldPlace {
  const { label, target } = placeLabel(role, path, match, t);
  return { step: stepOfField(path), label, target: target ?? placeTarget(role, path, match) };
}
