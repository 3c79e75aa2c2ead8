// The balance of gender-coded words over the whole description: the counts, the verdict, the words
// themselves and where the word lists come from. Single coded words are information, not faults,
// so they are listed here rather than under the fields.
import { useTranslation } from 'react-i18next';
import type { GenderBalance } from '../../../core/language/types';

/** "lead (2), decide": each word once, in the order first met, with how often it appears. */
function tally(words: readonly string[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  return [...counts].map(([word, count]) => ({ word, count }));
}

/** `gender` null: the language has no validated word list, and the source says why. */
export function GenderBalanceView({ gender, source }: { gender: GenderBalance | null; source: string }) {
  const { t } = useTranslation();
  if (!gender) {
    return (
      <section className="gender-balance" aria-labelledby="gender-balance-title">
        <h3 id="gender-balance-title">{t('language.panel.balanceHeading')}</h3>
        <p>{t('language.balance.notMeasured')}</p>
        <p className="source">{t('language.source', { source })}</p>
      </section>
    );
  }
  const sides = [
    { side: 'masculine', words: gender.masculineWords },
    { side: 'feminine', words: gender.feminineWords },
  ] as const;
  return (
    <section className="gender-balance" aria-labelledby="gender-balance-title">
      <h3 id="gender-balance-title">{t('language.panel.balanceHeading')}</h3>
      <p>
        {t('language.balance.heading', { masculine: gender.masculine, feminine: gender.feminine })}
        {' · '}
        <strong className={`verdict ${gender.verdict}`}>{t(`language.balance.verdict.${gender.verdict}`)}</strong>
      </p>
      <dl className="coded-words">
        {sides.map(({ side, words }) => (
          <div key={side}>
            <dt>{t(`language.panel.coded.${side}`)}</dt>
            <dd>
              {words.length
                ? tally(words)
                    .map(({ word, count }) => (count > 1 ? t('language.panel.wordCount', { word, count }) : word))
                    .join(', ')
                : t('language.panel.coded.none')}
            </dd>
          </div>
        ))}
      </dl>
      <p className="source">{t('language.source', { source })}</p>
    </section>
  );
}
