// The renderer's interface translator. It loads only the languages it is asked for, each as its own
// chunk (core/i18n's loadLocale), and starts in the language chosen before the first paint (see
// main.tsx). A role's documents have their own language: see useDocumentTranslator.
import { addLoadedTo, createI18n, loadLocale, type InterfaceLocale } from '../../core/i18n/index';

export type RendererI18n = ReturnType<typeof createI18n>;
let current: RendererI18n | null = null;

export async function startI18n(locale: InterfaceLocale): Promise<RendererI18n> {
  await loadLocale(locale);
  current = createI18n(locale);
  document.documentElement.lang = locale;
  return current;
}

/** Switches the interface; react-i18next re-renders every component that translates. */
export async function switchInterfaceLanguage(locale: InterfaceLocale): Promise<void> {
  if (!current) throw new Error('the interface translator has not started');
  await loadLocale(locale);
  addLoadedTo(current);
  await current.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/**
 * Loads a role's document language before its project reaches the store: the rubric sync and the
 * job-description preview translate in it synchronously.
 */
export const loadDocumentLanguage = (locale: string): Promise<void> => loadLocale(locale as InterfaceLocale);
