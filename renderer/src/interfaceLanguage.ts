// Which language the interface starts in: the user's choice on this device, else the system's
// first preferred language whose translation is complete, else English (a half-translated interface
// is chosen by hand, never by default). `?lang=` overrides both for development and tests; it is the
// only way to reach the pseudo-locale.
import type { AppInfo } from '../../core/contract';
import { LOCALES, PSEUDO_LOCALE, isComplete, isLocale, matchLocale, type InterfaceLocale } from '../../core/i18n/locales';

export function chooseInterfaceLanguage(info: AppInfo | null, search: string, browserLanguages: readonly string[]): InterfaceLocale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === PSEUDO_LOCALE || isLocale(asked)) return asked;
  if (info?.interfaceLanguage) return info.interfaceLanguage;
  return matchLocale([...(info?.systemLocales ?? []), ...browserLanguages], LOCALES.filter(isComplete));
}
