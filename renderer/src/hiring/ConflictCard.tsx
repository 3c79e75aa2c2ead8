// One imported scorecard that differs from the card the project already has for the same
// candidate and interviewer, side by side, for the user to keep one or the other.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../core/hiring/exchange';
import type { Scorecard } from '../../../core/schema/rubric';
import { useStudio } from '../state/store';

interface Props {
  conflict: Conflict;
  onSettle: (keep: 'existing' | 'incoming') => void;
}

export function ConflictCard({ conflict, onSettle }: Props) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const project = useStudio((s) => s.project);
  if (!project) return null;
  const { existing, incoming } = conflict;
  const { candidates, interviewers } = project.hiring;
  const candidate = candidates.find((c) => c.id === existing.candidateId)?.name ?? existing.candidateId;
  const interviewer = interviewers.find((i) => i.id === existing.interviewerId)?.name ?? existing.interviewerId;
  const ids = [...new Set([...existing.ratings, ...incoming.ratings].map((r) => r.criterionId))];
  const titleOf = (id: string) => project.rubric.criteria.find((c) => c.id === id)?.title ?? id;
  const ratingOf = (card: Scorecard, id: string) => {
    const row = card.ratings.find((r) => r.criterionId === id);
    return { text: row?.rating == null ? t('ui.scorecard.notRated') : String(row.rating), evidence: row?.evidence.trim() ?? '' };
  };
  const recommendation = (card: Scorecard) =>
    card.recommendation ? t(`ui.recommendation.${card.recommendation}`) : t('ui.scorecard.noRecommendation');
  const same = (id: string) => JSON.stringify(ratingOf(existing, id)) === JSON.stringify(ratingOf(incoming, id));
  // the criteria rated alike in both cards are folded away, so the differences stand out
  const alike = ids.filter(same).length;
  const shown = showAll ? ids : ids.filter((id) => !same(id));
  const headingId = `conflict-${existing.id}-${conflict.file}`.replace(/[^A-Za-z0-9_-]/g, '-');

  const row = (key: string, label: string, left: string, right: string, leftNote = '', rightNote = '') => (
    <tr key={key} className={left !== right || leftNote !== rightNote ? 'differs' : undefined}>
      <th scope="row">{label}</th>
      <td>
        {left}
        {leftNote && <span className="note">{leftNote}</span>}
      </td>
      <td>
        {right}
        {rightNote && <span className="note">{rightNote}</span>}
      </td>
    </tr>
  );

  return (
    <article className="conflict" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('ui.exchange.conflictTitle', { candidate, interviewer, file: conflict.file })}</h4>
      <div className="matrix-scroll">
        <table className="conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.coverage.criterion')}</th>
              <th scope="col">{t('ui.exchange.existing')}</th>
              <th scope="col">{t('ui.exchange.incoming', { file: conflict.file })}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((id) => {
              const a = ratingOf(existing, id);
              const b = ratingOf(incoming, id);
              return row(id, titleOf(id), a.text, b.text, a.evidence, b.evidence);
            })}
            {row('recommendation', t('ui.exchange.recommendation'), recommendation(existing), recommendation(incoming))}
            {row(
              'status',
              t('ui.scorecard.status'),
              t(`ui.scorecard.state.${existing.status}`),
              t(`ui.scorecard.state.${incoming.status}`),
            )}
          </tbody>
        </table>
      </div>
      {alike > 0 && (
        <button type="button" className="quiet" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {t(showAll ? 'ui.exchange.hideAlike' : 'ui.exchange.showAlike', { count: alike })}
        </button>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => onSettle('existing')} aria-describedby={headingId}>
          {t('ui.exchange.keepExisting')}
        </button>
        <button type="button" onClick={() => onSettle('incoming')} aria-describedby={headingId}>
          {t('ui.exchange.useIncoming')}
        </button>
      </div>
    </article>
  );
}
