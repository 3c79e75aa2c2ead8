// What a translated screen or document must never show: words the English catalogue prints where the
// language's own catalogue says something else. Two readings, because a line check and a phrase
// check catch different leftovers: a whole English line, or English words inside a longer text.
import { flatten } from '../i18n/completeness.js';
import en from '../i18n/en/index.js';
import it from '../i18n/it/index.js';
import nl from '../i18n/nl/index.js';
import pl from '../i18n/pl/index.js';
import uk from '../i18n/uk/index.js';
import type { Locale } from '../i18n/locales.js';

export type TranslatedLocale = Exclude<Locale, 'en'>;

const CATALOGUES = { it, nl, pl, uk } as const;

/** The English texts whose key the language translates differently, trimmed. */
function englishOnlyTexts(locale: TranslatedLocale): { texts: string[]; translated: Map<string, string> } {
  const translated = flatten(CATALOGUES[locale]);
  const texts = [...flatten(en)].filter(([key, text]) => translated.get(key) !== text).map(([, text]) => text);
  return { texts, translated };
}

/**
 * The lines the English catalogue prints where the language's one says something else (placeholders
 * and words of three letters or fewer left out): a screen or document line equal to one is English left over.
 */
export function englishOnlyLines(locale: TranslatedLocale): Set<string> {
  const { texts } = englishOnlyTexts(locale);
  return new Set(texts.filter((text) => !text.includes('{{') && text.trim().length >= 4).map((text) => text.trim()));
}

/**
 * The fixed words the English catalogue prints where the language's one says something else: each
 * text's parts between placeholders, of two words and twelve letters or more, that no text of the
 * language also holds (a source's title, a product's name). A screen or document holding one shows English.
 */
export function englishOnlyPhrases(locale: TranslatedLocale): string[] {
  const { texts, translated } = englishOnlyTexts(locale);
  const phrases = new Set<string>();
  for (const text of texts) {
    for (const fragment of text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)) {
      const words = fragment.trim().replace(/[:.,;]+$/, '');
      if (words.split(/\s+/).length >= 2 && words.length >= 12) phrases.add(words);
    }
  }
  const own = [...translated.values()];
  return [...phrases].filter((phrase) => !own.some((text) => text.includes(phrase)));
}
