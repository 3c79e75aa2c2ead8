// What the Start screen's template cards show, from the small index the build writes
// (core/project/template-cards.json: five fields of every edition), so the first screen carries a
// few kilobytes instead of every edition of every template. The whole template is loaded when a
// card is chosen (loadTemplates). core/project/template-cards.test.ts holds the index to the
// templates themselves.
import index from '../../../core/project/template-cards.json';
import { DEFAULT_LOCALE } from '../../../core/i18n/locales';
import type { TemplateSummary } from '../../../core/schema/project';

const EDITIONS = index as readonly TemplateSummary[];

/** Every template in Start-screen order, each in `language` where it has an edition in it, else in English. */
export function templateCards(language: string): TemplateSummary[] {
  return EDITIONS.filter((e) => e.locale === DEFAULT_LOCALE).map(
    (english) => EDITIONS.find((e) => e.id === english.id && e.locale === language) ?? english,
  );
}
