// A long scorecard's criteria in one strip that stays in view: a numbered link per criterion,
// ticked once rated, marking the one being read; a link takes the reader to that criterion.
import { useTranslation } from 'react-i18next';
import type { Criterion, Scorecard } from '../../../core/schema/rubric';
import { SectionNav } from '../components/SectionNav';
import { ratingGroupId } from './RatingField';

export const RECOMMENDATION_GROUP = 'scorecard-recommendation';

export function ScorecardNav({ criteria, card }: { criteria: readonly Criterion[]; card: Scorecard | null }) {
  const { t } = useTranslation();
  const rated = (id: string) => card?.ratings.find((r) => r.criterionId === id)?.rating ?? null;
  const links = criteria.map((c, i) => {
    const rating = rated(c.id);
    return {
      id: ratingGroupId(c.id),
      className: rating === null ? 'unrated' : 'rated',
      label: (
        <>
          <span aria-hidden="true">{rating === null ? i + 1 : `${i + 1} ✓`}</span>
          <span className="visually-hidden">
            {rating === null
              ? t('ui.scorecard.navUnrated', { n: i + 1, title: c.title })
              : t('ui.scorecard.navRated', { n: i + 1, title: c.title, rating })}
          </span>
        </>
      ),
    };
  });
  links.push({
    id: RECOMMENDATION_GROUP,
    className: card?.recommendation ? 'rated' : 'unrated',
    label: <>{t('ui.scorecard.recommendation')}</>,
  });
  const done = criteria.filter((c) => rated(c.id) !== null).length;
  return (
    <div className="scorecard-nav">
      <p className="hint">{t('ui.scorecard.navProgress', { done, count: criteria.length })}</p>
      <SectionNav label={t('ui.scorecard.navLabel')} links={links} />
    </div>
  );
}
