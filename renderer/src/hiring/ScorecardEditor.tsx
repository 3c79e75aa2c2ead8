// An interviewer's scorecard for one candidate: a 1–5 rating (or "not assessed", with why) and an
// evidence note for each criterion in their focus, then, only once every criterion is settled, a
// recommendation. Ratings land as they are given (a draft); Submit checks that nothing is missing,
// and a submitted card is read-only until reopened. Used in the project and in interviewer mode.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { verdictOpen } from '../../../core/hiring/ratings';
import {
  canSubmit,
  editScorecard,
  findScorecard,
  noteEvidence,
  rate,
  recommend,
  reopenScorecard,
  submitGaps,
  submitScorecard,
  type CardEdit,
} from '../../../core/hiring/scorecard-edit';
import { RECOMMENDATIONS, type Candidate, type Hiring, type Interviewer, type Rubric } from '../../../core/schema/rubric';
import { focusOf } from '../../../core/rubric/focus';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { useCitations } from '../sources/useCitations';
import { evidenceFieldId, RatingField, ratingFieldId } from './RatingField';
import { SubmittedCard } from './SubmittedCard';
import { RECOMMENDATION_GROUP, ScorecardNav } from './ScorecardNav';

interface Props {
  candidate: Candidate;
  interviewer: Interviewer;
  rubric: Rubric;
  hiring: Hiring;
  onChange: (edit: (hiring: Hiring) => Hiring) => void;
  onSave: () => void;
}

const RECOMMENDATION_PATH = 'scorecard.recommendation';

export function ScorecardEditor({ candidate, interviewer, rubric, hiring, onChange, onSave }: Props) {
  const { t } = useTranslation();
  const cites = useCitations();
  const { notify } = useStudio.getState();
  const [attempted, setAttempted] = useState(false);
  const focus = focusOf(interviewer, rubric);
  const criteria = rubric.criteria.filter((c) => focus.includes(c.id));
  const focusIds = criteria.map((c) => c.id);
  const card = findScorecard(hiring, candidate.id, interviewer.id);
  const gaps = submitGaps(card, focusIds);
  const open = verdictOpen(gaps);
  const toGo = gaps.unrated.length + gaps.reasonMissing.length;
  const edit = (change: CardEdit) => onChange((h) => editScorecard(h, candidate.id, interviewer.id, focusIds, change, new Date()));
  const titleId = 'own-scorecard-title';

  const submit = () => {
    if (!canSubmit(gaps)) {
      flushSync(() => setAttempted(true));
      const unrated = gaps.unrated[0];
      const reason = gaps.reasonMissing[0];
      const target = unrated
        ? ratingFieldId(unrated)
        : reason
          ? evidenceFieldId(reason)
          : `field-${RECOMMENDATION_PATH}-${RECOMMENDATIONS[0]}`;
      document.getElementById(target)?.focus();
      return;
    }
    onChange((h) => submitScorecard(h, candidate.id, interviewer.id, focusIds, new Date()));
    notify(success('ui.notice.scorecardSubmitted', { candidate: candidate.name }));
    document.getElementById(titleId)?.focus();
  };

  return (
    <section className="panel scorecard" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t('ui.scorecard.ownTitle', { interviewer: interviewer.name, candidate: candidate.name })}
      </h2>
      {card?.status === 'submitted' ? (
        <>
          <SubmittedCard card={card} rubric={rubric} />
          <button type="button" onClick={() => onChange((h) => reopenScorecard(h, candidate.id, interviewer.id, new Date()))}>
            {t('ui.scorecard.reopen')}
          </button>
        </>
      ) : (
        <>
          <p className="hint">{t(card ? 'ui.scorecard.draftHint' : 'ui.scorecard.newHint', { count: criteria.length })}</p>
          {attempted && !canSubmit(gaps) && (
            <p className="issue-summary" role="alert">
              {t('ui.scorecard.gaps', { count: toGo + (gaps.recommendation ? 1 : 0) })}
            </p>
          )}
          <ScorecardNav criteria={criteria} card={card ?? null} />
          {criteria.map((c) => {
            const row = card?.ratings.find((r) => r.criterionId === c.id);
            const problem = !attempted
              ? null
              : gaps.unrated.includes(c.id)
                ? 'unrated'
                : gaps.reasonMissing.includes(c.id)
                  ? 'reasonMissing'
                  : null;
            return (
              <RatingField
                key={c.id}
                criterion={c}
                rating={row?.rating ?? null}
                evidence={row?.evidence ?? ''}
                problem={problem}
                onRate={(n) => edit(rate(c.id, n))}
                onEvidence={(text) => edit(noteEvidence(c.id, text))}
              />
            );
          })}
          <div id={RECOMMENDATION_GROUP} tabIndex={-1}>
            <ChoiceGroup
              path={RECOMMENDATION_PATH}
              legend={t('ui.scorecard.recommendation')}
              options={RECOMMENDATIONS}
              value={card?.recommendation ?? null}
              labelOf={(r) => t(`ui.recommendation.${r}`)}
              disabled={!open}
              note={
                open
                  ? t('ui.scorecard.verdictOpen')
                  : t('ui.scorecard.verdictClosed', { count: toGo, source: cites.source('kahneman-2021') })
              }
              issue={attempted && open && gaps.recommendation ? 'ui.scorecard.recommendationMissing' : undefined}
              onChange={(r) => edit(recommend(r, focusIds))}
            />
          </div>
          <div className="form-actions">
            <button type="button" onClick={onSave} aria-describedby="save-draft-hint">
              {t('ui.scorecard.saveDraft')}
            </button>
            <button type="button" className="primary" onClick={submit}>
              {t('ui.scorecard.submit')}
            </button>
          </div>
          <p className="hint" id="save-draft-hint">
            {t('ui.scorecard.saveDraftHint')}
          </p>
        </>
      )}
    </section>
  );
}
