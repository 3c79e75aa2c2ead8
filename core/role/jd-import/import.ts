// A role from a job description pasted as text: its parts placed onto the title, the company, the
// purpose, the outcomes, the responsibilities and the three qualification lists, within the limits
// a project holds. What has no place (benefits, how to apply, a list past its limit, a line that
// says nothing recognisable) is kept as written, in `unplaced`, for the user to place by hand.
import { blankRole } from '../../project/blank.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import type { RoleDesign, TextItem } from '../../schema/role.js';
import type { Locale } from '../../i18n/locales.js';
import type { Target } from './headings.js';
import { guessTarget, labelled, splitParts, type Part } from './parse.js';

export interface ImportOptions {
  /** the role's language; the headings recognised are English and Italian ones (headings.ts, headings-it.ts), whatever it is */
  locale?: Locale;
  /** the theme of a responsibility the text gives none for (the app's own default theme, from its catalogue) */
  defaultTheme: string;
  newId: (prefix: string) => string;
}

export interface ImportedRole {
  role: RoleDesign;
  /** the text that found no place, heading by heading, as written */
  unplaced: string;
  /** how many items went where, for the message that reports the import */
  placed: number;
}

type ListTarget = 'outcomes' | 'mustHaves' | 'qualities' | 'niceToHaves';
const LIST_PREFIX: Record<ListTarget, string> = { outcomes: 'o', mustHaves: 'h', qualities: 'q', niceToHaves: 'n' };
const SUB_SECTIONS = new Set<Target>(['responsibilities', 'mustHaves', 'qualities', 'niceToHaves', 'outcomes']);

/** A first line that reads as a job title: short, no full stop, not a sentence. */
const looksLikeTitle = (line: string) => line.length <= TEXT_LIMITS.title && line.split(/\s+/).length <= 10 && !/[.!?:;]$/.test(line);

/** "Strategy: Set the experience vision" → a theme and its text; only a short lead-in counts as a theme. */
function themed(item: string): { theme: string; text: string } | null {
  const m = item.match(/^([^:–—]{2,40})\s*[:–—]\s+(.{2,})$/u);
  return m?.[1] && m[2] && m[1].trim().split(/\s+/).length <= 4 ? { theme: m[1].trim(), text: m[2].trim() } : null;
}

export function roleFromJobDescription(text: string, options: ImportOptions): ImportedRole {
  const role = blankRole(options.locale);
  const unplaced: { heading: string | null; items: string[] }[] = [];
  const keep = (heading: string | null, item: string) => {
    const last = unplaced.at(-1);
    if (last && last.heading === heading) last.items.push(item);
    else unplaced.push({ heading, items: [item] });
  };
  let placed = 0;

  const addTo = (target: ListTarget, item: string): boolean => {
    const list = target === 'outcomes' ? role.objectives.outcomes : role[target];
    if (list.length >= LIST_LIMITS[target] || item.length > TEXT_LIMITS.item) return false;
    list.push({ id: options.newId(LIST_PREFIX[target]), text: item } satisfies TextItem);
    return true;
  };
  const addProse = (field: 'purpose' | 'description', item: string): boolean => {
    const current = field === 'purpose' ? role.objectives.purpose : role.company.description;
    const next = current ? `${current}\n\n${item}` : item;
    if (next.length > TEXT_LIMITS[field]) return false;
    if (field === 'purpose') role.objectives.purpose = next;
    else role.company.description = next;
    return true;
  };
  const addResponsibility = (item: string, heading: string | null): boolean => {
    if (role.responsibilities.length >= LIST_LIMITS.responsibilities) return false;
    const split = themed(item);
    const text = split?.text ?? item;
    const theme = (split?.theme ?? heading ?? options.defaultTheme).slice(0, TEXT_LIMITS.theme);
    if (text.length > TEXT_LIMITS.responsibility) return false;
    role.responsibilities.push({ id: options.newId('r'), theme, text, measuredBy: [] });
    return true;
  };

  const place = (target: Target | null, item: string, part: Part, theme: string | null): boolean => {
    switch (target) {
      case 'company':
        return addProse('description', item);
      case 'purpose':
        return addProse('purpose', item);
      case 'responsibilities':
        return addResponsibility(item, theme);
      case 'outcomes':
      case 'mustHaves':
      case 'qualities':
      case 'niceToHaves':
        return addTo(target, item);
      case null:
        // text outside any known section: a long paragraph before the lists is the role's purpose
        return !part.listed && !role.objectives.purpose && item.split(/\s+/).length >= 15 && addProse('purpose', item);
      default:
        return false;
    }
  };

  let section: Target | null = null;
  splitParts(text).forEach((part, index) => {
    // a title in capitals on its own line reads as a heading with nothing under it
    if (index === 0 && part.heading !== null && !part.items.length && looksLikeTitle(part.heading)) {
      role.title = part.heading;
      return;
    }
    // a heading the vocabulary does not know, inside a list section, is a sub-section of it ("Strategy")
    const inherits = part.target === null && part.heading !== null && section !== null && SUB_SECTIONS.has(section);
    const target = inherits ? section : part.target;
    if (part.target !== null) section = part.target;
    const theme = part.target === 'responsibilities' ? null : part.heading;
    part.items.forEach((item, i) => {
      const said = labelled(item);
      if (said?.[0] === 'title' && !role.title) role.title = said[1].slice(0, TEXT_LIMITS.title);
      else if (said?.[0] === 'company' && !role.company.name) role.company.name = said[1].slice(0, TEXT_LIMITS.companyName);
      else if (index === 0 && i === 0 && part.heading === null && !role.title && looksLikeTitle(item)) role.title = item;
      else if (place(target ?? (part.heading === null ? guessTarget(item) : null), item, part, theme)) placed += 1;
      else keep(part.heading, item);
    });
    if (part.heading !== null && part.items.length === 0 && target === null) keep(part.heading, '');
  });

  const text_ = unplaced
    .map(({ heading, items }) => [heading ?? '', ...items.filter(Boolean).map((item) => `- ${item}`)].filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  return { role, unplaced: text_, placed };
}
