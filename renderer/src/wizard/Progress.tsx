import { useTranslation } from 'react-i18next';
import { SectionNav } from '../components/SectionNav';
import { useStudio } from '../state/store';
import { reachableSteps, STEPS } from './registry';

/** The ordered list of steps: where you are, what is done, and a button to jump to any reachable step. */
export function Progress() {
  const { t } = useTranslation();
  const project = useStudio((s) => s.project);
  const stepId = useStudio((s) => s.stepId);
  const visited = useStudio((s) => s.visited);
  const goTo = useStudio((s) => s.goTo);
  const reachable = reachableSteps(project, visited);

  return (
    <nav className="progress" aria-label={t('ui.progress.label')}>
      <ol>
        {STEPS.map((step, index) => {
          const current = step.id === stepId;
          const done = project !== null && !current && visited.includes(step.id) && step.check(project).length === 0;
          return (
            <li key={step.id} className={`${current ? 'current' : ''} ${done ? 'done' : ''}`}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                disabled={!reachable.has(step.id)}
                onClick={() => goTo(step.id)}
              >
                <span className="step-number" aria-hidden="true">
                  {done ? '' : index + 1}
                </span>
                <span className="step-name">{t(step.titleKey)}</span>
                {done && <span className="visually-hidden">{t('ui.progress.complete')}</span>}
              </button>
              {current && project && step.sections && (
                <SectionNav
                  className="step-sections"
                  label={t('ui.progress.sections', { step: t(step.titleKey) })}
                  links={step.sections(project).map((s) => ({ id: s.id, label: t(s.labelKey) }))}
                />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
