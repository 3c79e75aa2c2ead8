// Role templates come in editions, one per language: the same template id (cxo, cco…) written in
// English, Italian, Dutch, Polish or Ukrainian by someone who writes that language well, not word for
// word. The registry finds an edition by (id, language) and says which languages a template has.
import type { Locale } from '../i18n/locales.js';
import type { Template } from '../schema/project.js';

export interface TemplateRegistry {
  /** every edition, English ones first, each template's editions in the order given */
  editions: readonly Template[];
  /** the edition of `id` in `locale`, or undefined when that template has none in that language */
  find(id: string, locale: string): Template | undefined;
  /** the languages `id` has an edition in, in the order of the app's languages */
  languagesOf(id: string): Locale[];
}

export function makeRegistry(editions: readonly Template[], order: readonly Locale[]): TemplateRegistry {
  const key = (id: string, locale: string) => `${id}\u0000${locale}`;
  const byKey = new Map(editions.map((t) => [key(t.id, t.locale), t]));
  return {
    editions,
    find: (id, locale) => byKey.get(key(id, locale)),
    languagesOf: (id) => order.filter((locale) => byKey.has(key(id, locale))),
  };
}
