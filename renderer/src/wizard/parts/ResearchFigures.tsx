// What the research says about people in this kind of role, every figure with its source.
import { useTranslation } from 'react-i18next';

export const RESEARCH_FIGURES = ['internal', 'board', 'recent', 'trigger'] as const;

export function ResearchFigures() {
  const { t } = useTranslation();
  return (
    <section className="panel research" aria-labelledby="research-heading">
      <h2 id="research-heading">{t('ui.research.heading')}</h2>
      <figure>
        <ul className="figures">
          {RESEARCH_FIGURES.map((id) => (
            <li key={id} className="figure">
              <span className="figure-value">{t(`ui.research.${id}.value`)}</span>
              <span className="figure-text">{t(`ui.research.${id}.text`)}</span>
            </li>
          ))}
        </ul>
        <figcaption className="source">{t('ui.research.source')}</figcaption>
      </figure>
      <p className="hint">{t('ui.research.authority')}</p>
    </section>
  );
}
