// The criteria, grouped as the job description groups them, each with its weight; the total sits
// where it stays in view while weights are moved, and always reads 100%.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { addCustomCriterion, removeCustomCriterion, rubricTotal, setCriterionWeight } from '../../../../../core/rubric/edit';
import { rubricContentFor } from '../../../../../core/rubric/role-rubric';
import type { Project } from '../../../../../core/schema/project';
import { CRITERION_GROUPS, Rubric, type Criterion } from '../../../../../core/schema/rubric';
import { rubricField } from '../../../../../core/rubric/check';
import { IssueText } from '../../../components/IssueText';
import { fieldId, useFieldIssue } from '../../../components/issues';
import { useFocusLater } from '../../../components/useFocusLater';
import { newId } from '../../../state/ids';
import { useStudio } from '../../../state/store';
import { weightsFrozen } from '../../../../../core/hiring/panel/weights';
import { WeightChangeButton } from '../../../compare/WeightChangeButton';
import { AddCriterion } from './AddCriterion';
import { CriterionCard } from './CriterionCard';

const MAX_CRITERIA = Rubric.properties.criteria.maxItems ?? 40;

export function CriteriaPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const updateRubric = useStudio((s) => s.updateRubric);
  const focusLater = useFocusLater();
  const totalIssue = useFieldIssue(rubricField.total);
  const { rubric } = project;
  const locked = weightsFrozen(project.hiring);

  // stable across renders, so a keystroke in one criterion re-renders that card alone (CriterionCard is memo'd)
  const patch = useCallback(
    (id: string, change: Partial<Criterion>) =>
      updateRubric((r) => ({ ...r, criteria: r.criteria.map((c) => (c.id === id ? { ...c, ...change } : c)) })),
    [updateRubric],
  );
  const setWeight = useCallback((id: string, value: number) => updateRubric((r) => setCriterionWeight(r, id, value)), [updateRubric]);
  const add = (title: string) => {
    const id = newId('c');
    updateRubric((r) => addCustomCriterion(r, id, title, rubricContentFor(project)));
    focusLater(fieldId(rubricField.title(id)));
  };
  const remove = useCallback(
    (id: string) => {
      const title = useStudio
        .getState()
        .project?.rubric.criteria.find((c) => c.id === id)
        ?.title.trim();
      updateRubric((r) => removeCustomCriterion(r, id));
      useStudio.getState().announceRemoval('ui.undo.removed', { name: title || t('ui.rubric.untitled') });
      focusLater(fieldId('rubric.newCriterion'));
    },
    [updateRubric, t, focusLater],
  );

  return (
    <section className="panel" aria-labelledby="rubric-criteria">
      <h2 id="rubric-criteria">{t('ui.rubric.criteriaHeading')}</h2>
      <p className="hint">{t('ui.rubric.criteriaHint')}</p>
      <div className="rubric-total">
        <p className="total" id={fieldId(rubricField.total)} tabIndex={-1}>
          {t('ui.rubric.total', { total: rubricTotal(rubric) })}
        </p>
        <IssueText path={rubricField.total} code={totalIssue} />
      </div>
      {locked && (
        <div className="warning weights-locked">
          <p id="weights-locked">{t('ui.weights.locked')}</p>
          <WeightChangeButton />
        </div>
      )}
      {CRITERION_GROUPS.map((group) => {
        const criteria = rubric.criteria.filter((c) => c.group === group);
        const share = criteria.reduce((sum, c) => sum + c.weight, 0);
        const headingId = `rubric-group-${group}`;
        return (
          <section key={group} className="criterion-group" aria-labelledby={headingId}>
            <h3 id={headingId} className="theme-heading">
              {t(`ui.rubric.group.${group}`)} <span className="group-share">{t('ui.rubric.groupShare', { share })}</span>
            </h3>
            <p className="hint">{t(`ui.rubric.groupHint.${group}`)}</p>
            {criteria.length === 0 && <p className="hint">{t(`ui.rubric.groupEmpty.${group}`)}</p>}
            <ul className="criterion-list">
              {criteria.map((c) => (
                <CriterionCard
                  key={c.id}
                  criterion={c}
                  count={rubric.criteria.length}
                  onChange={patch}
                  onWeight={setWeight}
                  weightsLocked={locked}
                  onRemove={group === 'custom' ? remove : undefined}
                />
              ))}
            </ul>
            {group === 'custom' && <AddCriterion full={rubric.criteria.length >= MAX_CRITERIA} max={MAX_CRITERIA} onAdd={add} />}
          </section>
        );
      })}
    </section>
  );
}
