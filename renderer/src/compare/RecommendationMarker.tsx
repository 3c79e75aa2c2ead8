// A recommendation as a marker a reader takes in at a glance, never colour alone: a shape (one or
// two arrows up for yes, down for no), a colour, and the words, with the count where there are several.
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../core/schema/rubric';

const SHAPE: Record<Recommendation, string> = { 'strong-yes': '▲▲', yes: '▲', no: '▼', 'strong-no': '▼▼' };

export function RecommendationMarker({ recommendation, count }: { recommendation: Recommendation; count?: number }) {
  const { t } = useTranslation();
  const label = t(`ui.recommendation.${recommendation}`);
  return (
    <span className={`rec-marker rec-${recommendation}`}>
      <span className="rec-shape" aria-hidden="true">
        {SHAPE[recommendation]}
      </span>
      {count === undefined ? label : t('ui.compare.recommendationCount', { label, count })}
    </span>
  );
}
