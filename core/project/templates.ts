// The starter role templates: four JSON files in /templates, bundled at build time, and their
// editions in other languages in /templates/<language>/<id>.json (see docs/translating.md). Pure: no
// Node built-ins and no file access, so main, the renderer, the web host and the CLI can all import it.
import cxo from '../../templates/cxo.json' with { type: 'json' };
import cco from '../../templates/cco.json' with { type: 'json' };
import culture from '../../templates/culture.json' with { type: 'json' };
import cpoEx from '../../templates/cpo-ex.json' with { type: 'json' };
import nlCxo from '../../templates/nl/cxo.json' with { type: 'json' };
import nlCco from '../../templates/nl/cco.json' with { type: 'json' };
import nlCulture from '../../templates/nl/culture.json' with { type: 'json' };
import nlCpoEx from '../../templates/nl/cpo-ex.json' with { type: 'json' };
import itCxo from '../../templates/it/cxo.json' with { type: 'json' };
import itCco from '../../templates/it/cco.json' with { type: 'json' };
import itCulture from '../../templates/it/culture.json' with { type: 'json' };
import itCpoEx from '../../templates/it/cpo-ex.json' with { type: 'json' };
import plCxo from '../../templates/pl/cxo.json' with { type: 'json' };
import plCco from '../../templates/pl/cco.json' with { type: 'json' };
import plCulture from '../../templates/pl/culture.json' with { type: 'json' };
import plCpoEx from '../../templates/pl/cpo-ex.json' with { type: 'json' };
import ukCxo from '../../templates/uk/cxo.json' with { type: 'json' };
import ukCco from '../../templates/uk/cco.json' with { type: 'json' };
import ukCulture from '../../templates/uk/culture.json' with { type: 'json' };
import ukCpoEx from '../../templates/uk/cpo-ex.json' with { type: 'json' };
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.js';
import type { RoleDesign } from '../schema/role.js';
import type { Template, TemplateSummary } from '../schema/project.js';
import { makeRegistry } from './editions.js';

/** JSON round trip: a deep copy without structuredClone, which core's lib settings do not declare. */
export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The templates in Start-screen order. The JSON imports are cast through `unknown` because TypeScript
 * widens their enum strings; the unit tests validate every file against the `Template` schema.
 * Frozen so no caller can edit a template in place: use `projectFromTemplate` for an editable copy.
 */
export const TEMPLATES: readonly Template[] = Object.freeze(
  [cxo, cco, culture, cpoEx].map((t) => deepFreeze(deepCopy(t as unknown as Template))),
);

/**
 * Editions in other languages, imported like the English files above, e.g.
 * `import itCxo from '../../templates/it/cxo.json' with { type: 'json' };` and listed here.
 * Each is checked like the English ones: schema, its own language's checker, its id in TEMPLATES.
 */
const TRANSLATED: readonly unknown[] = [
  nlCxo,
  nlCco,
  nlCulture,
  nlCpoEx,
  itCxo,
  itCco,
  itCulture,
  itCpoEx,
  plCxo,
  plCco,
  plCulture,
  plCpoEx,
  ukCxo,
  ukCco,
  ukCulture,
  ukCpoEx,
];

const REGISTRY = makeRegistry([...TEMPLATES, ...TRANSLATED.map((t) => deepFreeze(deepCopy(t as Template)))], LOCALES);
export const EDITIONS = REGISTRY.editions;

/** A template's edition in `locale` (English by default), or undefined when it has none. */
export function findTemplate(id: string, locale: string = DEFAULT_LOCALE): Template | undefined {
  return REGISTRY.find(id, locale);
}

/** The languages a template has an edition in. */
export const templateLanguages = (id: string) => REGISTRY.languagesOf(id);

/**
 * The edition a role draws its suggestions and rubric content from: the one in the role's language,
 * else the English one it was most likely started from (a role's language can change after it starts).
 */
export function templateFor(role: Pick<RoleDesign, 'templateId' | 'locale'>): Template | undefined {
  return findTemplate(role.templateId, role.locale) ?? findTemplate(role.templateId);
}

/** What the Start screen's cards need, without the full role design. */
export function templateSummaries(): TemplateSummary[] {
  return TEMPLATES.map(({ id, title, abbreviation, whenToChoose, locale }) => ({
    id,
    title,
    abbreviation,
    whenToChoose,
    locale,
  }));
}
