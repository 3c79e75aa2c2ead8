// The board's decisions: what was decided on which version, whether that version is still intact,
// a plain word when the current design has moved on since, and the form to record the next one.
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../core/schema/review';
import { ANCHOR } from './anchors';
import { DecisionForm } from './DecisionForm';
import { DecisionList } from './DecisionList';
import type { DesignStatus } from './useReviewStatus';

function MovedOn({ review, status }: { review: Review; status: DesignStatus }) {
  const { t } = useTranslation();
  const last = review.decisions.at(-1);
  if (!last) return null;
  if (status.isDraft) return <p className="warning">{t('ui.boardReview.decisions.draftNote', { n: last.version })}</p>;
  if (status.current !== last.version)
    return <p className="warning">{t('ui.boardReview.decisions.olderNote', { n: last.version, current: status.current })}</p>;
  return null;
}

export function DecisionsPanel({ review, status }: { review: Review; status: DesignStatus }) {
  const { t } = useTranslation();
  return (
    <section className="panel decisions" id={ANCHOR.decisions} aria-labelledby={`${ANCHOR.decisions}-title`} tabIndex={-1}>
      <h2 id={`${ANCHOR.decisions}-title`}>{t('ui.boardReview.decisions.heading')}</h2>
      <MovedOn review={review} status={status} />
      {/* decisions stay listed even if a hand edit removed every version: they then say so */}
      {(review.decisions.length > 0 || review.versions.length > 0) && <DecisionList review={review} />}
      {review.versions.length === 0 ? (
        <p className="hint">{t('ui.boardReview.decisions.noVersions')}</p>
      ) : (
        <DecisionForm versions={review.versions} />
      )}
    </section>
  );
}
