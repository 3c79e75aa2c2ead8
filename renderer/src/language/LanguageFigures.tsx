// The language check in four numbers: the score, how hard the description is to read (by the
// formula made for its language), how long it is and how much of it is in the passive voice. A
// measure the language does not have says so instead of showing a number.
import { useTranslation } from 'react-i18next';
import { decimalFormat, formatPercent } from '../../../core/i18n/format';
import type { LanguageReport } from '../../../core/language/types';

/** Bands for colour only: the number and its words say the same to anyone who cannot see colour. */
const band = (score: number) => (score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor');

export function LanguageFigures({ report }: { report: LanguageReport }) {
  const { t, i18n } = useTranslation();
  const { score, readability, readabilityFormula, words, passiveShare } = report;
  const notMeasured = t('language.panel.figure.notMeasured');
  const figures = [
    ...(score === null
      ? []
      : [{ id: 'score', label: t('language.panel.figure.score'), value: String(score), className: `language-score ${band(score)}` }]),
    {
      id: 'readability',
      label: t(`language.panel.figure.readability.${readabilityFormula}`),
      value:
        readabilityFormula === 'none'
          ? notMeasured
          : readability === null
            ? t('language.panel.figure.noProse')
            : decimalFormat(i18n.language, 1).format(readability.value),
      className: '',
    },
    { id: 'words', label: t('language.panel.figure.words'), value: String(words), className: '' },
    {
      id: 'passive',
      label: t('language.panel.figure.passive'),
      value: passiveShare === null ? notMeasured : formatPercent(passiveShare, i18n.language),
      className: '',
    },
  ];
  return (
    <ul className="figures language-figures">
      {figures.map((f) => (
        <li key={f.id} className={`figure ${f.className}`}>
          <span className="figure-value">{f.value}</span>
          <span className="figure-text">{f.label}</span>
        </li>
      ))}
    </ul>
  );
}
