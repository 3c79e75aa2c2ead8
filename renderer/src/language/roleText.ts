// Reads and writes one text field of a role by the path a language finding names, so a suggestion
// goes through the store's ordinary role edit (rubric sync, unsaved mark) like a keystroke would.
// The paths are core/language/fields.ts's: `objectives.outcomes.<id>`, `responsibilities.<id>.text`…
import { applySuggestion, suggestionInPlace } from '../../../core/language/apply';
import type { Finding } from '../../../core/language/types';
import { TEXT_LIMITS } from '../../../core/role/limits';
import type { Metric, RoleDesign, TextItem } from '../../../core/schema/role';

export interface RoleTextField {
  text: string;
  /** the schema's ceiling: a suggestion longer than the words it replaces must not push past it */
  limit: number;
  write: (text: string) => RoleDesign;
}

const LISTS = ['mustHaves', 'qualities', 'niceToHaves'] as const;
const METRIC_TEXTS = { customName: TEXT_LIMITS.metricName, current: TEXT_LIMITS.metricValue, target: TEXT_LIMITS.metricValue } as const;

function inList<T extends { id: string }>(items: readonly T[], id: string | undefined, put: (items: T[]) => RoleDesign) {
  const item = items.find((x) => x.id === id);
  return item ? { item, put: (changed: T) => put(items.map((x) => (x.id === id ? changed : x))) } : null;
}

const item = (items: readonly TextItem[], id: string | undefined, put: (items: TextItem[]) => RoleDesign): RoleTextField | null => {
  const found = inList(items, id, put);
  return found && { text: found.item.text, limit: TEXT_LIMITS.item, write: (text) => found.put({ ...found.item, text }) };
};

function nested(role: RoleDesign, parts: string[]): RoleTextField | null {
  const [head, id, leaf, metricLeaf] = parts;
  const objectives = (patch: Partial<RoleDesign['objectives']>) => ({ ...role, objectives: { ...role.objectives, ...patch } });
  if (head === 'objectives' && id === 'outcomes' && parts.length === 3)
    return item(role.objectives.outcomes, leaf, (outcomes) => objectives({ outcomes }));
  if (head === 'objectives' && id === 'metrics' && metricLeaf && Object.hasOwn(METRIC_TEXTS, metricLeaf)) {
    const key = metricLeaf as keyof typeof METRIC_TEXTS;
    const found = inList<Metric>(role.objectives.metrics, leaf, (metrics) => objectives({ metrics }));
    return found && { text: found.item[key], limit: METRIC_TEXTS[key], write: (text) => found.put({ ...found.item, [key]: text }) };
  }
  if (head === 'offer' && id === 'benefits' && parts.length === 3)
    return item(role.offer.benefits, leaf, (benefits) => ({ ...role, offer: { ...role.offer, benefits } }));
  const list = LISTS.find((l) => l === head);
  if (list && parts.length === 2) return item(role[list], id, (items) => ({ ...role, [list]: items }));
  if (head === 'responsibilities' && parts.length === 3 && (leaf === 'text' || leaf === 'theme')) {
    const found = inList(role.responsibilities, id, (responsibilities) => ({ ...role, responsibilities }));
    const limit = leaf === 'text' ? TEXT_LIMITS.responsibility : TEXT_LIMITS.theme;
    return found && { text: found.item[leaf], limit, write: (text) => found.put({ ...found.item, [leaf]: text }) };
  }
  return null;
}

/** The text field a path names in this role, or null when it names no text (a list, a deleted item). */
export function roleField(role: RoleDesign, path: string): RoleTextField | null {
  const { company, context, objectives } = role;
  const withCompany = (patch: Partial<RoleDesign['company']>) => ({ ...role, company: { ...company, ...patch } });
  const withContext = (patch: Partial<RoleDesign['context']>) => ({ ...role, context: { ...context, ...patch } });
  switch (path) {
    case 'title':
      return { text: role.title, limit: TEXT_LIMITS.title, write: (title) => ({ ...role, title }) };
    case 'company.industry':
      return { text: company.industry, limit: TEXT_LIMITS.industry, write: (industry) => withCompany({ industry }) };
    case 'company.description':
      return { text: company.description, limit: TEXT_LIMITS.description, write: (description) => withCompany({ description }) };
    case 'context.whyNowDetail':
      return { text: context.whyNowDetail, limit: TEXT_LIMITS.whyNowDetail, write: (whyNowDetail) => withContext({ whyNowDetail }) };
    case 'context.reportingLineOther':
      return {
        text: context.reportingLineOther,
        limit: TEXT_LIMITS.reportingLineOther,
        write: (reportingLineOther) => withContext({ reportingLineOther }),
      };
    case 'context.teamsOther':
      return { text: context.teamsOther, limit: TEXT_LIMITS.teamsOther, write: (teamsOther) => withContext({ teamsOther }) };
    case 'context.figures.budget':
      return {
        text: context.figures.budget,
        limit: TEXT_LIMITS.budget,
        write: (budget) => withContext({ figures: { ...context.figures, budget } }),
      };
    case 'position.workModelDetail':
      return {
        text: role.position.workModelDetail,
        limit: TEXT_LIMITS.workModelDetail,
        write: (workModelDetail) => ({ ...role, position: { ...role.position, workModelDetail } }),
      };
    case 'offer.note':
      return { text: role.offer.note, limit: TEXT_LIMITS.payNote, write: (note) => ({ ...role, offer: { ...role.offer, note } }) };
    case 'application.method':
    case 'application.nextSteps':
    case 'application.equalOpportunity': {
      const key = path.slice('application.'.length) as 'method' | 'nextSteps' | 'equalOpportunity';
      const limit = { method: TEXT_LIMITS.applyMethod, nextSteps: TEXT_LIMITS.nextSteps, equalOpportunity: TEXT_LIMITS.equalOpportunity }[
        key
      ];
      return { text: role.application[key], limit, write: (text) => ({ ...role, application: { ...role.application, [key]: text } }) };
    }
    case 'objectives.purpose':
      return {
        text: objectives.purpose,
        limit: TEXT_LIMITS.purpose,
        write: (purpose) => ({ ...role, objectives: { ...objectives, purpose } }),
      };
    default:
      return nested(role, path.split('.'));
  }
}

/**
 * The role with the finding's suggestion in place, or null when there is nothing to apply: no
 * suggestion, the field is gone or has changed under the finding, or the result would not fit.
 */
export function withSuggestion(role: RoleDesign, finding: Finding): RoleDesign | null {
  const field = roleField(role, finding.field);
  if (!field || finding.suggestion === null) return null;
  const text = applySuggestion(field.text, finding);
  return text === field.text || text.length > field.limit ? null : field.write(text);
}

/** The words a finding's suggestion would put in its field, fitted to the sentence, for the button that applies it. */
export function suggestionShown(role: RoleDesign, finding: Finding): string | null {
  const field = roleField(role, finding.field);
  return field ? suggestionInPlace(field.text, finding) : null;
}
