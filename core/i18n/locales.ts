// The languages the app speaks, listed once. Everything that offers or accepts a language (the
// interface picker, a role's document language, the CLI's --locale, the catalogue test) reads these.

/** Every supported language, English first: it is the reference catalogue the others are checked against. */
export const LOCALES = ['en', 'it', 'nl', 'pl', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Languages whose catalogue is still being translated. Part 2 of the translation work empties this
 * list; a language not listed here must have every key English has, or the catalogue test fails.
 * Until then such a language falls back to English key by key, and the app says so where it is chosen.
 */
export const TRANSLATION_IN_PROGRESS: readonly Locale[] = [];

/** Dev and test only: English lengthened by about 40%, with accents and brackets, to catch clipped layouts. */
export const PSEUDO_LOCALE = 'en-XA';
export type InterfaceLocale = Locale | typeof PSEUDO_LOCALE;

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
export const isComplete = (locale: Locale): boolean => !TRANSLATION_IN_PROGRESS.includes(locale);

/**
 * The locale Intl formats dates and numbers with. English is British English: "29 November 2026",
 * as the app's users in Europe write it, not the US month-first form.
 */
export function intlLocale(locale: string): string {
  if (locale === 'en' || locale === PSEUDO_LOCALE) return 'en-GB';
  return locale;
}

/** The first of the system's preferred languages among `among` (`pl-PL` → `pl`), or English. */
export function matchLocale(preferred: readonly string[], among: readonly Locale[] = LOCALES): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_.@]/)[0];
    if (isLocale(language) && among.includes(language)) return language;
  }
  return DEFAULT_LOCALE;
}
