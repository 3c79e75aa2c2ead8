// Which regional conventions a role's text is formatted by. Roles and templates carry a language
// ("en"); dates, numbers and lists need a region too, and the text of every document is written in
// British spelling, so plain English formats as en-GB ("29 November 2026"). A locale that already
// names its region is used as it is, and each further language brings its own default here.
const DEFAULT_REGION: Readonly<Record<string, string>> = {
  en: 'en-GB',
  it: 'it-IT',
  nl: 'nl-NL',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

export function formattingLocale(locale: string): string {
  if (locale.includes('-')) return locale;
  return DEFAULT_REGION[locale] ?? locale;
}

/** "29 November 2026" in the role's locale; in UTC when the date is a stored day, not a moment. */
export function formatLongDate(date: Date, locale: string, timeZone?: 'UTC'): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
