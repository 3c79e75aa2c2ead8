// One criterion: its title, its weight, and (folded away until wanted) what 1, 3 and 5 look like,
// the questions to ask and the evidence to listen for. A gap found by the step check unfolds it.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../core/role/limits';
import type { Criterion } from '../../../../../core/schema/rubric';
import { ANCHOR_LEVELS, rubricField } from '../../../../../core/rubric/check';
import { useFieldIssue } from '../../../components/issues';
import { TextField } from '../../../components/TextField';
import { WeightInputs } from '../../../components/WeightInputs';
import { QuestionsEditor } from './QuestionsEditor';
import { useCriterionHasIssue } from './useCriterionHasIssue';

const TEXT = { anchor: 600, evidence: 1000 } as const;

interface Props {
  criterion: Criterion;
  /** how many criteria share the 100 points, for the weight slider's range */
  count: number;
  /** the handlers name the criterion, so one stable function serves every card */
  onChange: (id: string, change: Partial<Criterion>) => void;
  onWeight: (id: string, value: number) => void;
  /** scoring has begun: weights change only through the weight dialog */
  weightsLocked: boolean;
  /** only the user's own criteria can be removed; the others follow the role */
  onRemove?: (id: string) => void;
}

/** Memoised: typing in one criterion re-renders that card, not the twenty beside it. */
export const CriterionCard = memo(function CriterionCard({
  criterion: c,
  count,
  onChange: change,
  onWeight,
  weightsLocked,
  onRemove,
}: Props) {
  const onChange = (edit: Partial<Criterion>) => change(c.id, edit);
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasIssue = useCriterionHasIssue(c);
  // unfold (and stay unfolded) once the check finds something missing inside
  if (hasIssue && !open) setOpen(true);
  const titleIssue = useFieldIssue(rubricField.title(c.id));
  const name = c.title.trim() || t('ui.rubric.untitled');
  const weightId = `field-rubric.${c.id}.weight`;

  return (
    <li className="criterion">
      <div className="criterion-head">
        {c.group === 'custom' ? (
          <TextField
            path={rubricField.title(c.id)}
            label={t('ui.rubric.title')}
            value={c.title}
            maxLength={TEXT_LIMITS.item}
            required
            className="criterion-title-field"
            issue={titleIssue ?? (c.title.trim() ? undefined : 'ui.missing.criterionTitle')}
            onChange={(title) => onChange({ title })}
          />
        ) : (
          <h4 className="criterion-title">{c.title}</h4>
        )}
        <div className="criterion-weight">
          <label htmlFor={weightId} className="weight-name">
            {t('ui.rubric.weight')}
            <span className="visually-hidden">{t('ui.rubric.weightOf', { name })}</span>
          </label>
          <WeightInputs
            id={weightId}
            weight={c.weight}
            count={count}
            numberLabel={t('ui.rubric.numberLabel', { name })}
            disabled={weightsLocked}
            describedBy={weightsLocked ? 'weights-locked' : undefined}
            onChange={(value) => onWeight(c.id, value)}
          />
        </div>
      </div>
      <details className="criterion-detail" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {t('ui.rubric.detailSummary')}
          <span className="visually-hidden">{t('ui.rubric.detailOf', { name })}</span>
        </summary>
        <div className="anchors">
          {ANCHOR_LEVELS.map((level) => (
            <TextField
              key={level}
              path={rubricField.anchor(c.id, level)}
              label={t(`ui.rubric.anchor.${level}`)}
              value={c.anchors[level]}
              maxLength={TEXT.anchor}
              rows={3}
              grows
              required
              onChange={(text) => onChange({ anchors: { ...c.anchors, [level]: text } })}
            />
          ))}
        </div>
        <QuestionsEditor criterion={c} onChange={(questions) => onChange({ questions })} />
        <TextField
          path={`rubric.${c.id}.evidence`}
          label={t('ui.rubric.evidence')}
          hint={t('ui.rubric.evidenceHint')}
          value={c.evidence}
          maxLength={TEXT.evidence}
          rows={2}
          grows
          onChange={(evidence) => onChange({ evidence })}
        />
      </details>
      {onRemove && (
        <button
          type="button"
          className="quiet remove-criterion"
          aria-label={t('ui.list.removeNamed', { name })}
          onClick={() => onRemove(c.id)}
        >
          {t('ui.rubric.remove')}
        </button>
      )}
    </li>
  );
});
