// The one message catalogue. Every word a user reads, in the app, in exported documents and on the
// command line, comes from core/i18n/<locale>/*.json through a translator made here.
//
// Catalogues are loaded per language, never all at start: the renderer loads the languages it
// needs with `loadLocale` (one chunk each), Node sides register them all at once by importing
// `core/i18n/all.ts`. Either way `translator(locale)` then answers synchronously.
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE, TRANSLATION_IN_PROGRESS, isLocale, type InterfaceLocale, type Locale } from './locales.js';
import { pseudoCatalogue } from './pseudo.js';

export { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE, TRANSLATION_IN_PROGRESS, isLocale, type InterfaceLocale, type Locale };
export type Translate = TFunction;
/** A catalogue: nested areas of strings; a few entries are lists (a rubric criterion's questions). */
export interface CatalogueTree {
  [key: string]: string | readonly string[] | CatalogueTree;
}

const loaded = new Map<InterfaceLocale, CatalogueTree>();

const LOADERS: Record<Locale, () => Promise<{ default: CatalogueTree }>> = {
  en: () => import('./en/index.js'),
  it: () => import('./it/index.js'),
  nl: () => import('./nl/index.js'),
  pl: () => import('./pl/index.js'),
  uk: () => import('./uk/index.js'),
};

/** The languages a translator for `locale` reads from: itself, then English while it is in progress. */
export function languagesNeeded(locale: InterfaceLocale): InterfaceLocale[] {
  if (locale === PSEUDO_LOCALE) return [DEFAULT_LOCALE, PSEUDO_LOCALE];
  return TRANSLATION_IN_PROGRESS.includes(locale) ? [locale, DEFAULT_LOCALE] : [locale];
}

export function registerCatalogue(locale: Locale, catalogue: CatalogueTree): void {
  loaded.set(locale, catalogue);
}

/**
 * The pseudo-locale is worked out from English only when someone asks for it: doing it whenever
 * English arrived cost every start of the app (and of the CLI) a walk over the whole catalogue
 * before the first screen (docs/performance.md, wizard-interactive).
 */
function derivePseudo(): void {
  const english = loaded.get(DEFAULT_LOCALE);
  if (english && !loaded.has(PSEUDO_LOCALE)) loaded.set(PSEUDO_LOCALE, pseudoCatalogue(english));
}

/** Whether a translator for `locale` can be made now (the pseudo-locale needs only English). */
export const isLoaded = (locale: InterfaceLocale): boolean =>
  languagesNeeded(locale).every((l) => loaded.has(l === PSEUDO_LOCALE ? DEFAULT_LOCALE : l));

/** Loads what a translator for `locale` needs, each language once. */
export async function loadLocale(locale: InterfaceLocale): Promise<void> {
  await Promise.all(
    languagesNeeded(locale).map(async (l) => {
      if (loaded.has(l) || l === PSEUDO_LOCALE) return;
      registerCatalogue(l, (await LOADERS[l]()).default);
    }),
  );
  if (locale === PSEUDO_LOCALE) derivePseudo();
}

/** Only a language that is still being translated falls back, and only to English; a complete one never does. */
const fallbackFor = (code: string): string[] => languagesNeeded(code as InterfaceLocale).slice(1);

/** A ready, synchronous i18next instance over every catalogue loaded so far: keys are `area.path`. */
export function createI18n(locale: InterfaceLocale = DEFAULT_LOCALE) {
  if (!isLoaded(locale)) throw new Error(`the ${locale} catalogue is not loaded: await loadLocale('${locale}') first`);
  if (locale === PSEUDO_LOCALE) derivePseudo();
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: fallbackFor,
    resources: Object.fromEntries([...loaded].map(([l, c]) => [l, { translation: c }])),
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false }, // React and docx escape on output; the catalogue holds plain text
    returnNull: false,
  });
  return instance;
}

/** Adds the catalogues loaded since `instance` was made, so it can switch to any of them. */
export function addLoadedTo(instance: ReturnType<typeof createI18n>): void {
  for (const [l, c] of loaded) if (!instance.hasResourceBundle(l, 'translation')) instance.addResourceBundle(l, 'translation', c);
}

// one translator per language: catalogues never change once loaded, and the rubric asks for one on
// every keystroke (an i18next instance takes a few milliseconds to set up)
const translators = new Map<InterfaceLocale, Translate>();

/** A translator for a document or a command line in `locale`; a language the app does not speak gets English. */
export function translator(locale: string = DEFAULT_LOCALE): Translate {
  const lng = isLocale(locale) || locale === PSEUDO_LOCALE ? (locale as InterfaceLocale) : DEFAULT_LOCALE;
  let t = translators.get(lng);
  if (!t) translators.set(lng, (t = createI18n(lng).t));
  return t;
}
