import type { TFunction } from 'i18next';

/** A 0–100 score with one decimal, or words saying nobody has scored the candidate yet. */
export const formatScore = (score: number | null, t: TFunction): string =>
  score === null ? t('ui.compare.notScored') : t('ui.compare.score', { score: score.toFixed(1) });
