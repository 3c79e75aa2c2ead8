// The other interviewers' scorecards for this candidate. Under independent scoring an interviewer
// sees none of their ratings until their own card is submitted (or the lead reveals them), and
// someone who has not said who they are sees none at all; the hiring lead sees every card.
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/hiring/panel/actor';
import { othersHidden } from '../../../core/hiring/scorecard-edit';
import type { Candidate, Hiring, Rubric } from '../../../core/schema/rubric';
import { SubmittedCard } from './SubmittedCard';

interface Props {
  candidate: Candidate;
  viewer: Actor;
  rubric: Rubric;
  hiring: Hiring;
}

export function OtherScorecards({ candidate, viewer, rubric, hiring }: Props) {
  const { t } = useTranslation();
  const viewerId = viewer.kind === 'interviewer' ? viewer.id : null;
  const cards = hiring.scorecards.filter((s) => s.candidateId === candidate.id && s.interviewerId !== viewerId);
  const hidden = viewer.kind !== 'lead' && othersHidden(hiring, candidate.id, viewerId);
  const nameOf = (id: string) => hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const headingKey = viewerId ? 'ui.scorecard.othersTitle' : 'ui.scorecard.allTitle';

  return (
    <section className="panel others" aria-labelledby="other-scorecards-title">
      <h2 id="other-scorecards-title">{t(headingKey, { candidate: candidate.name })}</h2>
      {hidden ? (
        <p className="hidden-note">{t(viewerId ? 'ui.scorecard.hidden' : 'ui.panel.hiddenFromNobody')}</p>
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
