// A scorecard as read, not edited: each rating with its evidence, and the recommendation.
import { formatMoment } from '../../../core/i18n/format';
import { useTranslation } from 'react-i18next';
import type { Rubric, Scorecard } from '../../../core/schema/rubric';
import { RecommendationMarker } from '../compare/RecommendationMarker';

export function SubmittedCard({ card, rubric, caption }: { card: Scorecard; rubric: Rubric; caption?: string }) {
  const { t, i18n } = useTranslation();
  const rows = rubric.criteria
    .map((c) => ({ criterion: c, row: card.ratings.find((r) => r.criterionId === c.id) }))
    .filter((x) => x.row !== undefined);
  const when = card.submittedAt ? formatMoment(new Date(card.submittedAt), i18n.language) : null;
  return (
    <div className="card-summary">
      <p className="card-status">
        {when ? t('ui.scorecard.submittedAt', { when }) : t('ui.scorecard.state.draft')}
        {' · '}
        {t('ui.scorecard.recommendationLabel')}{' '}
        {card.recommendation ? <RecommendationMarker recommendation={card.recommendation} /> : t('ui.scorecard.noRecommendation')}
      </p>
      <table className="ratings-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('ui.coverage.criterion')}</th>
            <th scope="col">{t('ui.scorecard.rating')}</th>
            <th scope="col">{t('ui.scorecard.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ criterion, row }) => (
            <tr key={criterion.id}>
              <th scope="row">{criterion.title}</th>
              <td className="rating-cell">{row?.rating ?? t('ui.scorecard.notRated')}</td>
              <td>{row?.evidence.trim() || t('ui.scorecard.noEvidence')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
