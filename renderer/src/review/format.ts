// Dates and hashes as a reviewer reads them, in the open role's language.
import { formatMoment } from '../../../core/i18n/format';
import { intlLocale } from '../../../core/i18n/locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReviewFormat {
  /** a moment (ISO timestamp): date and time */
  when(iso: string): string;
  /** a calendar day (YYYY-MM-DD), the same wherever the file is opened */
  day(date: string): string;
}

export function useReviewFormat(): ReviewFormat {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const calendar = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      when: (iso) => formatMoment(new Date(iso), i18n.language),
      day: (date) => calendar.format(new Date(`${date}T00:00:00Z`)),
    };
  }, [i18n.language]);
}

/** Enough of a SHA-256 to tell versions apart at a glance; the full hash stays in the file. */
export const shortHash = (hash: string): string => hash.slice(0, 12);

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the user's own calendar, as a date field holds it. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
