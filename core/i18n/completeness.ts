// What a translated catalogue lacks against the English reference: every key, every plural form the
// language needs (i18next's suffixes: _one, _few, _many, _other…), the same placeholders, and no key
// English does not have. The catalogue test runs it over every language; docs/translating.md says how.
import type { CatalogueTree } from './index.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

export interface CatalogueProblem {
  key: string;
  problem: 'missing' | 'unexpected' | 'placeholders';
}

/** Every leaf as `area.path` → text; list entries as `path.0`, `path.1`… */
export function flatten(tree: CatalogueTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((v: string, i) => out.set(`${path}.${i}`, v));
    else for (const [k, v] of flatten(value as CatalogueTree, path)) out.set(k, v);
  }
  return out;
}

/** The interpolations of a text, e.g. `count,limit`; a plural form may leave out the count ("jedno słowo"). */
function placeholders(text: string, plural: boolean): string {
  const names = new Set(text.match(/\{\{\s*[\w.]+/g)?.map((p) => p.replace(/\{\{\s*/, '')) ?? []);
  if (plural) names.delete('count');
  return [...names].sort().join(',');
}

/**
 * The keys `locale` must have: English's, with each plural key in the forms `locale` needs
 * (Intl.PluralRules, the rules i18next itself follows) instead of English's one and other.
 */
export function expectedKeys(reference: CatalogueTree, locale: string): Map<string, string> {
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of flatten(reference)) {
    const plural = PLURAL.exec(key);
    if (!plural) expected.set(key, text);
    else if (plural[1] === 'other') for (const form of forms) expected.set(key.replace(PLURAL, `_${form}`), text);
  }
  return expected;
}

export function catalogueProblems(reference: CatalogueTree, candidate: CatalogueTree, locale: string): CatalogueProblem[] {
  const expected = expectedKeys(reference, locale);
  const actual = flatten(candidate);
  const problems: CatalogueProblem[] = [];
  for (const [key, text] of expected) {
    const translated = actual.get(key);
    if (translated === undefined || (translated.trim() === '' && text.trim() !== '')) problems.push({ key, problem: 'missing' });
    else if (placeholders(translated, PLURAL.test(key)) !== placeholders(text, PLURAL.test(key)))
      problems.push({ key, problem: 'placeholders' });
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push({ key, problem: 'unexpected' });
  return problems;
}

/** Only what a catalogue that is still being translated must already get right: no stray keys, no lost placeholders. */
export const partialProblems = (reference: CatalogueTree, candidate: CatalogueTree, locale: string): CatalogueProblem[] =>
  catalogueProblems(reference, candidate, locale).filter((p) => p.problem !== 'missing');
