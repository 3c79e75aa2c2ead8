import type { TFunction } from 'i18next';
import { decimalFormat } from '../../../core/i18n/format';

/** A 0–100 score with one decimal in the interface's language ("78.2", "78,2"), or words saying nobody has scored the candidate yet. */
export const formatScore = (score: number | null, t: TFunction, language: string): string =>
  score === null ? t('ui.compare.notScored') : t('ui.compare.score', { score: decimalFormat(language, 1).format(score) });
