// The starter role templates and their editions in other languages (the data: template-editions.ts).
// Pure: no Node built-ins and no file access, so main, the renderer, the web host and the CLI can all
// import it. Like the catalogues, the data is registered before use: Node sides import
// all-templates.ts at start, the renderer awaits loadTemplates() before a project reaches its store.
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.js';
import type { RoleDesign } from '../schema/role.js';
import type { Template, TemplateSummary } from '../schema/project.js';
import { makeRegistry, type TemplateRegistry } from './editions.js';

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
 * The templates in Start-screen order, filled once by registerTemplates (empty before). Each is
 * frozen so no caller can edit a template in place: use `projectFromTemplate` for an editable copy.
 */
export const TEMPLATES: readonly Template[] = [];
/** Every edition, English ones first. */
export const EDITIONS: readonly Template[] = [];
let registry: TemplateRegistry | null = null;

/**
 * Registers the template data, once. The JSON is cast through `unknown` because TypeScript widens
 * its enum strings; the unit tests and the build validate every file against the `Template` schema.
 */
export function registerTemplates(english: readonly unknown[], translated: readonly unknown[]): void {
  if (registry) return;
  const own = english.map((t) => deepFreeze(deepCopy(t as Template)));
  const editions = [...own, ...translated.map((t) => deepFreeze(deepCopy(t as Template)))];
  (TEMPLATES as Template[]).push(...own);
  (EDITIONS as Template[]).push(...editions);
  registry = makeRegistry(editions, LOCALES);
}

/** Loads and registers the template data (its own chunk in the renderer); resolves at once when it is there. */
export async function loadTemplates(): Promise<void> {
  if (registry) return;
  const { ENGLISH, TRANSLATED } = await import('./template-editions.js');
  registerTemplates(ENGLISH, TRANSLATED);
}

function loaded(): TemplateRegistry {
  if (!registry) throw new Error('the role templates are not loaded: await loadTemplates() first');
  return registry;
}

/** A template's edition in `locale` (English by default), or undefined when it has none. */
export function findTemplate(id: string, locale: string = DEFAULT_LOCALE): Template | undefined {
  return loaded().find(id, locale);
}

/** The languages a template has an edition in. */
export const templateLanguages = (id: string) => loaded().languagesOf(id);

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

/**
 * What a Start card shows of every edition, English ones first in Start-screen order: written to
 * template-cards.json at build time, so the renderer's first screen lists the templates without
 * loading them (renderer/src/wizard/templateCards.ts).
 */
export function templateCardIndex(): TemplateSummary[] {
  return loaded().editions.map(({ id, locale, title, abbreviation, whenToChoose }) => ({ id, locale, title, abbreviation, whenToChoose }));
}
