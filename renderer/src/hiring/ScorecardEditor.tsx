// The acting interviewer's scorecard for one candidate: a 1–5 rating and an evidence note for each
// criterion in their focus, then a recommendation. Ratings land in the project as they are given
// (as a draft); Submit checks that nothing is missing, and a submitted card is read-only until reopened.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
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
import { useActions } from '../app/FileActionsContext';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { RatingField, ratingFieldId } from './RatingField';
import { SubmittedCard } from './SubmittedCard';
import { RECOMMENDATION_GROUP, ScorecardNav } from './ScorecardNav';

interface Props {
  candidate: Candidate;
  interviewer: Interviewer;
  rubric: Rubric;
  hiring: Hiring;
}

const RECOMMENDATION_PATH = 'scorecard.recommendation';

export function ScorecardEditor({ candidate, interviewer, rubric, hiring }: Props) {
  const { t } = useTranslation();
  const actions = useActions();
  const { updateHiring, notify } = useStudio.getState();
  const [attempted, setAttempted] = useState(false);
  const focus = focusOf(interviewer, rubric);
  const criteria = rubric.criteria.filter((c) => focus.includes(c.id));
  const focusIds = criteria.map((c) => c.id);
  const card = findScorecard(hiring, candidate.id, interviewer.id);
  const gaps = submitGaps(card, focusIds);
  const edit = (change: CardEdit) => updateHiring((h) => editScorecard(h, candidate.id, interviewer.id, focusIds, change, new Date()));
  const titleId = 'own-scorecard-title';

  const submit = () => {
    if (!canSubmit(gaps)) {
      flushSync(() => setAttempted(true));
      const first = gaps.unrated[0];
      document.getElementById(first ? ratingFieldId(first) : `field-${RECOMMENDATION_PATH}-${RECOMMENDATIONS[0]}`)?.focus();
      return;
    }
    updateHiring((h) => submitScorecard(h, candidate.id, interviewer.id, focusIds, new Date()));
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
          <button type="button" onClick={() => updateHiring((h) => reopenScorecard(h, candidate.id, interviewer.id, new Date()))}>
            {t('ui.scorecard.reopen')}
          </button>
        </>
      ) : (
        <>
          <p className="hint">{t(card ? 'ui.scorecard.draftHint' : 'ui.scorecard.newHint', { count: criteria.length })}</p>
          {attempted && !canSubmit(gaps) && (
            <p className="issue-summary" role="alert">
              {t('ui.scorecard.gaps', { count: gaps.unrated.length + (gaps.recommendation ? 1 : 0) })}
            </p>
          )}
          <ScorecardNav criteria={criteria} card={card ?? null} />
          {criteria.map((c) => {
            const row = card?.ratings.find((r) => r.criterionId === c.id);
            return (
              <RatingField
                key={c.id}
                criterion={c}
                rating={row?.rating ?? null}
                evidence={row?.evidence ?? ''}
                unrated={attempted && gaps.unrated.includes(c.id)}
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
              issue={attempted && gaps.recommendation ? 'ui.scorecard.recommendationMissing' : undefined}
              onChange={(r) => edit(recommend(r))}
            />
          </div>
          <div className="form-actions">
            <button type="button" onClick={() => void actions.save()} aria-describedby="save-draft-hint">
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
