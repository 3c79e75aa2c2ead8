// Which language the interface starts in: the user's choice on this device, else the system's
// first preferred language the app speaks, else English. `?lang=` overrides both for development
// and tests; it is the only way to reach the pseudo-locale.
import type { AppInfo } from '../../core/contract';
import { PSEUDO_LOCALE, isLocale, matchLocale, type InterfaceLocale } from '../../core/i18n/locales';

export function chooseInterfaceLanguage(info: AppInfo | null, search: string, browserLanguages: readonly string[]): InterfaceLocale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === PSEUDO_LOCALE || isLocale(asked)) return asked;
  if (info?.interfaceLanguage) return info.interfaceLanguage;
  return matchLocale([...(info?.systemLocales ?? []), ...browserLanguages]);
}
