// The facts behind each section's choice, every figure with the source it comes from. Background and
// archetypes reuse what their wizard steps already show, so the two can never disagree.
import { useTranslation } from 'react-i18next';
import { ARCHETYPES, BACKGROUND_CHOICES } from '../../../core/role/vocabulary';
import type { ReviewSection } from '../../../core/schema/review';
import { ProsCons } from '../components/ProsCons';
import { RESEARCH_FIGURES } from '../wizard/parts/ResearchFigures';

/** catalogue ids under ui.boardReview.fact, per section */
const FACTS: Record<ReviewSection, readonly string[]> = {
  company: ['owner', 'engagement', 'returns', 'prevalence', 'hbr', 'lines'],
  objectives: ['objective', 'measures'],
  responsibilities: ['precise', 'team'],
  background: [],
  qualifications: ['influence', 'collaboration'],
  archetypes: [],
  rubric: ['rubricBasis'],
};

function Fact({ value, text, source }: { value?: string; text: string; source?: string }) {
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

export function Facts({ section }: { section: ReviewSection }) {
  const { t, i18n } = useTranslation();
  const optional = (key: string) => (i18n.exists(key) ? t(key) : undefined);
  const sourced = (key: string) => (i18n.exists(key) ? t('ui.boardReview.fact.source', { source: t(key) }) : undefined);

  if (section === 'background') {
    return (
      <>
        <figure className="facts-figure">
          <ul className="facts">
            {RESEARCH_FIGURES.map((id) => (
              <Fact key={id} value={t(`ui.research.${id}.value`)} text={t(`ui.research.${id}.text`)} />
            ))}
            <Fact text={t('ui.research.authority')} />
          </ul>
          <figcaption className="source">{t('ui.research.source')}</figcaption>
        </figure>
        <div className="paths">
          {BACKGROUND_CHOICES.map((choice) => (
            <div key={choice} className="path">
              <h4>{t(`vocab.background.${choice}`)}</h4>
              <ProsCons choice={choice} />
            </div>
          ))}
        </div>
        <p className="source">{t('ui.boardReview.fact.prosConsSource')}</p>
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
        <p className="source">{t('ui.archetypes.source')}</p>
      </>
    );
  }
  return (
    <ul className="facts">
      {FACTS[section].map((id) => (
        <Fact
          key={id}
          value={optional(`ui.boardReview.fact.${id}.value`)}
          text={t(`ui.boardReview.fact.${id}.text`)}
          source={sourced(`ui.boardReview.fact.${id}.source`)}
        />
      ))}
    </ul>
  );
}
