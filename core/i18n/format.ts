// Dates, numbers, percentages and sorting in a language's own conventions, through Intl. English
// is formatted as British English ("29 November 2026"); see intlLocale. Formatters are made once
// per language and option set, since Intl formatters are slow to build and exports make thousands of calls.
import { intlLocale } from './locales.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();
function made<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

/** "29 November 2026", "29 novembre 2026", "29 listopada 2026", "29 листопада 2026 р." */
export function formatDate(date: Date, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) };
  return made(`date|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(date);
}

/** A moment, date and time, in the reader's time zone: "30 Nov 2026, 07:12" in English. */
export function formatMoment(date: Date, locale: string): string {
  return made(`moment|${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })).format(
    date,
  );
}

/** A number with exactly `digits` decimals: "7.5" in English, "7,5" in Italian, Dutch, Polish and Ukrainian. */
export function decimalFormat(locale: string, digits: number): Intl.NumberFormat {
  return made(
    `decimal|${locale}|${digits}`,
    () => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
}

/** A share 0–1 as a whole percentage: "35%" in English, "35 %" where the language spaces it. */
export function formatPercent(share: number, locale: string): string {
  return made(`percent|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 })).format(
    share,
  );
}

/** Sorts names as the language's readers expect: "Łukasz" after "Lech", "Żaneta" last, case and accents second. */
export function collator(locale: string): Intl.Collator {
  return made(`collator|${locale}`, () => new Intl.Collator(intlLocale(locale), { numeric: true }));
}
