// The facts behind each section's choice, every figure with its source from the one registry, so
// the board review cites exactly as the board pack does. Background and archetypes reuse what their
// wizard steps show, so the two can never disagree.
import { useTranslation } from 'react-i18next';
import { ARCHETYPES, BACKGROUND_CHOICES } from '../../../core/role/vocabulary';
import type { ReviewSection } from '../../../core/schema/review';
import type { Scope } from '../../../core/role/vocabulary';
import { BACKGROUND_FIGURES, FACTS, SECTION_FACTS, type FactId } from '../../../core/sources/facts';
import { ProsCons } from '../components/ProsCons';
import { ReferencesLink } from '../sources/ReferencesLink';
import { useCitations } from '../sources/useCitations';

function Fact({ value, text, source }: { value?: string | null; text: string; source?: string }) {
  return (
    <li className="fact">
      <p>
        {value && <span className="fact-value">{value} </span>}
        {text}
      </p>
      {source && <p className="source">{source}</p>}
    </li>
  );
}

const figures = new Set<FactId>(BACKGROUND_FIGURES);

export function Facts({ section, scope }: { section: ReviewSection; scope: Scope }) {
  const { t } = useTranslation();
  const cite = useCitations();

  if (section === 'background') {
    return (
      <>
        <figure className="facts-figure">
          <ul className="facts">
            {BACKGROUND_FIGURES.map((id) => (
              <Fact key={id} value={cite.value(id)} text={cite.text(id)} />
            ))}
          </ul>
          <figcaption className="source">{cite.sourceLine(FACTS.internal)}</figcaption>
        </figure>
        <ul className="facts">
          {SECTION_FACTS.background
            .filter((id) => !figures.has(id))
            .map((id) => (
              <Fact key={id} text={cite.sentence(id)} source={cite.factLine(id)} />
            ))}
        </ul>
        <div className="paths">
          {BACKGROUND_CHOICES.map((choice) => (
            <div key={choice} className="path">
              <h4>{t(`vocab.background.${choice}`, { context: scope })}</h4>
              <ProsCons choice={choice} scope={scope} />
            </div>
          ))}
        </div>
        <ReferencesLink />
      </>
    );
  }
  if (section === 'archetypes') {
    return (
      <>
        <ul className="facts">
          {ARCHETYPES.map((a) => (
            <Fact key={a} value={t(`vocab.archetype.${a}`)} text={t(`vocab.archetypeMeaning.${a}`)} />
          ))}
        </ul>
        <p className="source">{cite.factLine('archetypes')}</p>
      </>
    );
  }
  if (section === 'rubric')
    return (
      <ul className="facts">
        <Fact text={t('ui.boardReview.fact.rubricBasis')} />
      </ul>
    );
  return (
    <>
      <ul className="facts">
        {SECTION_FACTS[section].map((id) => (
          <Fact key={id} value={cite.value(id)} text={cite.text(id)} source={cite.factLine(id)} />
        ))}
      </ul>
      <ReferencesLink />
    </>
  );
}
