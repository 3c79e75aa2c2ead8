// The other interviewers' scorecards for this candidate. Under independent scoring an interviewer
// sees none of their ratings until their own card is submitted, so nobody anchors on a colleague.
import { useTranslation } from 'react-i18next';
import { othersHidden } from '../../../core/hiring/scorecard-edit';
import type { Candidate, Hiring, Rubric } from '../../../core/schema/rubric';
import { SubmittedCard } from './SubmittedCard';

interface Props {
  candidate: Candidate;
  /** the acting interviewer, or null for the hiring lead, who sees every card */
  viewerId: string | null;
  rubric: Rubric;
  hiring: Hiring;
}

export function OtherScorecards({ candidate, viewerId, rubric, hiring }: Props) {
  const { t } = useTranslation();
  const cards = hiring.scorecards.filter((s) => s.candidateId === candidate.id && s.interviewerId !== viewerId);
  const hidden = othersHidden(hiring, candidate.id, viewerId);
  const nameOf = (id: string) => hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const headingKey = viewerId ? 'ui.scorecard.othersTitle' : 'ui.scorecard.allTitle';

  return (
    <section className="panel others" aria-labelledby="other-scorecards-title">
      <h2 id="other-scorecards-title">{t(headingKey, { candidate: candidate.name })}</h2>
      {hidden ? (
        <p className="hidden-note">{t('ui.scorecard.hidden')}</p>
      ) : cards.length === 0 ? (
        <p className="hint">{t('ui.scorecard.noneYet')}</p>
      ) : (
        cards.map((card) => (
          <article key={card.id} className="other-card" aria-labelledby={`card-${card.id}`}>
            <h3 id={`card-${card.id}`}>{nameOf(card.interviewerId)}</h3>
            {card.status === 'submitted' ? (
              <SubmittedCard card={card} rubric={rubric} caption={t('ui.scorecard.ratingsBy', { name: nameOf(card.interviewerId) })} />
            ) : (
              <p className="hint">{t('ui.scorecard.draftElsewhere')}</p>
            )}
          </article>
        ))
      )}
    </section>
  );
}
