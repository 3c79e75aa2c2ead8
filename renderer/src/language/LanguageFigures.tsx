// The language check in four numbers: the score, how hard the description is to read, how long it
// is and how much of it is in the passive voice.
import { useTranslation } from 'react-i18next';
import type { LanguageReport } from '../../../core/language/types';

/** Bands for colour only: the number and its words say the same to anyone who cannot see colour. */
const band = (score: number) => (score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor');

export function LanguageFigures({ report }: { report: LanguageReport }) {
  const { t } = useTranslation();
  const { score, readabilityGrade, words, passiveShare } = report;
  const figures = [
    { id: 'score', value: String(score), className: `language-score ${band(score)}` },
    { id: 'grade', value: readabilityGrade === null ? t('language.panel.figure.noProse') : String(readabilityGrade), className: '' },
    { id: 'words', value: String(words), className: '' },
    { id: 'passive', value: t('language.panel.figure.percent', { share: Math.round(passiveShare * 100) }), className: '' },
  ];
  return (
    <ul className="figures language-figures">
      {figures.map((f) => (
        <li key={f.id} className={`figure ${f.className}`}>
          <span className="figure-value">{f.value}</span>
          <span className="figure-text">{t(`language.panel.figure.${f.id}`)}</span>
        </li>
      ))}
    </ul>
  );
}
