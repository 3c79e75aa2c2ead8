// The decisions recorded, each bound to one version by its hash, and whether that version
// still holds exactly what was decided on.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionIntegrity } from '../../../core/review/versions';
import type { Review } from '../../../core/schema/review';
import { shortHash, useReviewFormat } from './format';

export function DecisionList({ review }: { review: Review }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  // each check re-hashes a version, so it is done once per change of versions or decisions
  const checked = useMemo(() => review.decisions.map((d) => ({ decision: d, integrity: decisionIntegrity(review, d) })), [review]);
  if (checked.length === 0) return <p className="hint">{t('ui.boardReview.decisions.none')}</p>;

  return (
    <ol className="decision-list" aria-label={t('ui.boardReview.decisions.listCaption')}>
      {checked.map(({ decision: d, integrity }) => (
        <li key={d.id} className={`decision ${d.outcome}`}>
          <p className="decision-title">
            <strong>
              {t('ui.boardReview.decisions.itemTitle', { outcome: t(`ui.boardReview.decisions.outcome.${d.outcome}`), n: d.version })}
            </strong>
            {' · '}
            {t('ui.boardReview.decisions.date', { date: format.day(d.date) })}
          </p>
          <p>
            {t('ui.boardReview.decisions.hash', { n: d.version })} <code title={d.hash}>{shortHash(d.hash)}</code>
          </p>
          <p>{t('ui.boardReview.decisions.members', { members: d.members.join(', ') })}</p>
          {d.conflicts.length > 0 && (
            <ul className="decision-conflicts" aria-label={t('ui.boardReview.conflicts.legend')}>
              {d.conflicts.map((c, i) => (
                <li key={i}>
                  {t(c.recused ? 'panel.decisions.conflictRecused' : 'panel.decisions.conflictStayed', {
                    member: c.member,
                    interest: c.interest,
                  })}
                </li>
              ))}
            </ul>
          )}
          {d.notes.trim() && <p className="decision-notes">{t('ui.boardReview.decisions.notes', { notes: d.notes })}</p>}
          <p className="hint">{t('ui.boardReview.decisions.recordedBy', { name: d.recordedBy, when: format.when(d.recordedAt) })}</p>
          {integrity === 'intact' ? (
            <p className="integrity-ok">{t('ui.boardReview.decisions.intact', { n: d.version })}</p>
          ) : (
            <p className="review-alarm">
              {t(`ui.boardReview.decisions.${integrity === 'version-missing' ? 'missing' : 'changed'}`, { n: d.version })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
