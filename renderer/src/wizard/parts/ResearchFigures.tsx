// What research says about people in this kind of role: the figures, their source named in full
// (publication, organisation, year, and the article they reached us through), and a way to the
// References view.
import { useTranslation } from 'react-i18next';
import { BACKGROUND_FIGURES, FACTS } from '../../../../core/sources/facts';
import { ReferencesLink } from '../../sources/ReferencesLink';
import { useCitations } from '../../sources/useCitations';

export function ResearchFigures() {
  const { t } = useTranslation();
  const cite = useCitations();
  return (
    <section className="panel research" aria-labelledby="research-heading">
      <h2 id="research-heading">{t('ui.research.heading')}</h2>
      <figure>
        <ul className="figures">
          {BACKGROUND_FIGURES.map((id) => (
            <li key={id} className="figure">
              <span className="figure-value">{cite.value(id)}</span>
              <span className="figure-text">{cite.text(id)}</span>
            </li>
          ))}
        </ul>
        {/* the four figures come from one survey */}
        <figcaption className="source">{cite.sourceLine(FACTS.internal)}</figcaption>
      </figure>
      <p className="hint">{cite.sentence('authority')}</p>
      <ReferencesLink />
    </section>
  );
}
