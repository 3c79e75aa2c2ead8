// Changing weights once a scorecard is in: moving a weight moves candidates, so the dialog shows
// every candidate's score before and after, asks why, and puts the change on the scoring record
// for the board. Moving one weight spreads the difference over the others, so the total stays 100.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measurePanel } from '../../../core/hiring/scoring/measured';
import { setCriterionWeight } from '../../../core/rubric/edit';
import { FormModal } from '../panel/FormModal';
import { useStudio } from '../state/store';
import { formatScore } from './formatScore';
import { measuredOf } from './panelCache';

export function WeightChangeDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const project = useStudio((s) => s.project);
  const adjusted = useStudio((s) => s.adjusted);
  const actor = useStudio((s) => s.actor);
  const [rubric, setRubric] = useState(project?.rubric);
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const draft = useDeferredValue(rubric);
  const rows = useMemo(() => {
    if (!project || !draft) return [];
    const before = measuredOf(project.rubric, project.hiring);
    const after = measurePanel(draft, project.hiring);
    const pick = (panel: typeof before, i: number) => (adjusted ? panel.candidates[i]?.score : panel.raw.candidates[i]?.score) ?? null;
    return project.hiring.candidates
      .map((c, i) => ({ candidate: c, before: pick(before, i), after: pick(after, i) }))
      .sort((a, b) => (b.after ?? -1) - (a.after ?? -1) || a.candidate.name.localeCompare(b.candidate.name));
  }, [project, draft, adjusted]);
  if (!project || !rubric) return null;
  const changed = rubric.criteria.some((c, i) => c.weight !== project.rubric.criteria[i]?.weight);

  return (
    <FormModal
      title={t('ui.weights.title')}
      body={<p>{t('ui.weights.body')}</p>}
      submitLabel={t('ui.weights.confirm')}
      firstFieldId={`${id}-0`}
      onCancel={onClose}
      onSubmit={() => {
        if (!changed) return 'ui.weights.unchanged';
        if (!reason.trim()) return 'ui.panel.reasonMissing';
        if (actor.kind === 'nobody' && !name.trim()) return 'ui.weights.nameMissing';
        useStudio.getState().changeWeights(rubric, reason.trim(), name);
        onClose();
        return null;
      }}
    >
      <div className="weight-change">
        <fieldset className="weight-list">
          <legend>{t('ui.weights.legend')}</legend>
          {rubric.criteria.map((c, i) => (
            <div key={c.id} className="weight-row">
              <label htmlFor={`${id}-${i}`}>{c.title}</label>
              <input
                id={`${id}-${i}`}
                type="number"
                min={0}
                max={100}
                value={c.weight}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (event.target.value !== '' && Number.isFinite(value))
                    setRubric(setCriterionWeight(rubric, c.id, Math.min(100, Math.max(0, Math.round(value)))));
                }}
              />
              <span className="unit">{t('ui.weights.was', { weight: project.rubric.criteria[i]?.weight ?? 0 })}</span>
            </div>
          ))}
        </fieldset>
        <div className="matrix-scroll weight-preview">
          <table className="ratings-table">
            <caption>{t(adjusted ? 'ui.weights.previewAdjusted' : 'ui.weights.preview')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.compare.column.name')}</th>
                <th scope="col">{t('ui.weights.before')}</th>
                <th scope="col">{t('ui.weights.after')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.candidate.id} className={r.before !== r.after ? 'changed' : undefined}>
                  <th scope="row">{r.candidate.name}</th>
                  <td>{formatScore(r.before, t, i18n.language)}</td>
                  <td>{formatScore(r.after, t, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {actor.kind === 'nobody' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('ui.panel.yourName')}</label>
          <input id={`${id}-name`} type="text" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {t('ui.panel.reason')}
          <span className="required"> {t('ui.field.required')}</span>
        </label>
        <textarea id={`${id}-reason`} rows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
    </FormModal>
  );
}
