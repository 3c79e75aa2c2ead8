// One criterion on a scorecard: five ratings and "not assessed", with what 1, 3 and 5 look like as
// their help, the questions to ask, and a note of the evidence heard, which becomes the reason
// when the criterion was not assessed.
import { useTranslation } from 'react-i18next';
import { NOT_ASSESSED, RATINGS, type Criterion, type Rating } from '../../../core/schema/rubric';
import { TextField } from '../components/TextField';

export const ratingFieldId = (criterionId: string) => `field-score.${criterionId}`;
/** the whole criterion (its fieldset), where the scorecard's list of criteria takes the reader */
export const ratingGroupId = (criterionId: string) => `${ratingFieldId(criterionId)}-group`;
export const evidenceFieldId = (criterionId: string) => `field-score.${criterionId}.evidence`;
const ANCHOR_AT: Partial<Record<number, keyof Criterion['anchors']>> = { 1: 'low', 3: 'mid', 5: 'high' };

interface Props {
  criterion: Criterion;
  rating: Rating['rating'];
  evidence: string;
  /** Submit was refused and this criterion is open: unrated, or not assessed without a reason */
  problem: 'unrated' | 'reasonMissing' | null;
  onRate: (rating: Rating['rating']) => void;
  onEvidence: (text: string) => void;
}

export function RatingField({ criterion: c, rating, evidence, problem, onRate, onEvidence }: Props) {
  const { t } = useTranslation();
  const base = ratingFieldId(c.id);
  const anchorId = (n: number) => `${base}-anchor-${n}`;
  const notAssessed = rating === NOT_ASSESSED;
  return (
    <fieldset
      id={ratingGroupId(c.id)}
      tabIndex={-1}
      className={`rating ${problem ? 'unrated' : ''}`}
      aria-describedby={problem === 'unrated' ? `${base}-issue` : undefined}
    >
      <legend>{c.title}</legend>
      {c.weight > 0 && <p className="rating-weight">{t('ui.scorecard.weight', { weight: c.weight })}</p>}
      <div className="rating-scale">
        {RATINGS.map((n) => {
          const anchor = ANCHOR_AT[n];
          return (
            <label key={n} className="rating-option">
              <input
                type="radio"
                name={base}
                id={n === RATINGS[0] ? base : `${base}-${n}`}
                value={n}
                checked={rating === n}
                aria-describedby={anchor ? anchorId(n) : undefined}
                onChange={() => onRate(n)}
              />
              <span>{n}</span>
            </label>
          );
        })}
        <label className="rating-option not-assessed">
          <input
            type="radio"
            name={base}
            id={`${base}-na`}
            value={NOT_ASSESSED}
            checked={notAssessed}
            onChange={() => onRate(NOT_ASSESSED)}
          />
          <span>{t('ui.scorecard.notAssessed')}</span>
        </label>
      </div>
      <dl className="anchor-help">
        {RATINGS.map((n) => {
          const anchor = ANCHOR_AT[n];
          return anchor ? (
            <div key={n}>
              <dt>{t('ui.scorecard.anchorAt', { n })}</dt>
              <dd id={anchorId(n)}>{c.anchors[anchor]}</dd>
            </div>
          ) : null;
        })}
      </dl>
      {problem === 'unrated' && (
        <p className="issue" id={`${base}-issue`}>
          {t('ui.scorecard.unrated')}
        </p>
      )}
      {c.questions.length > 0 && (
        <details className="ask">
          <summary>{t('ui.scorecard.questions')}</summary>
          <ul>
            {c.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
          {c.evidence.trim() && <p className="hint">{t('ui.scorecard.listenFor', { evidence: c.evidence })}</p>}
        </details>
      )}
      <TextField
        path={`score.${c.id}.evidence`}
        label={
          <>
            {t(notAssessed ? 'ui.scorecard.whyNotAssessed' : 'ui.scorecard.evidence')}
            <span className="visually-hidden">{t('ui.scorecard.evidenceFor', { criterion: c.title })}</span>
          </>
        }
        required={notAssessed}
        issue={problem === 'reasonMissing' ? 'ui.scorecard.reasonMissing' : undefined}
        value={evidence}
        maxLength={4000}
        rows={2}
        grows
        onChange={onEvidence}
      />
    </fieldset>
  );
}
