// Step 9: the whole job description as it will print, each section with a way back to the step
// that shapes it, the language check of its words, and the ways out: export the job description or
// the interview rubric as DOCX, and save the project.
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../../core/documents/tree';
import { useActions } from '../../app/FileActionsContext';
import { ExportButton } from '../../components/ExportButton';
import { JobDescriptionView } from '../../components/JobDescriptionView';
import { LanguagePanel } from '../../language/LanguagePanel';
import { useStudio } from '../../state/store';
import type { PanelProps } from '../registry';
import type { StepId } from '../stepIds';
import { useJobDescription } from '../useJobDescription';

const SECTION_STEP: Record<SectionId, StepId> = {
  company: 'company',
  reporting: 'company',
  objective: 'objectives',
  metrics: 'objectives',
  responsibilities: 'responsibilities',
  background: 'background',
  mustHaves: 'qualifications',
  qualities: 'qualifications',
  niceToHaves: 'qualifications',
  location: 'company',
  pay: 'offer',
  apply: 'offer',
  equalOpportunity: 'offer',
};

export function ReviewStep({ role, project }: PanelProps) {
  const { t } = useTranslation();
  const actions = useActions();
  const goTo = useStudio((s) => s.goTo);
  const jd = useJobDescription(role);

  return (
    <div className="review">
      <div className="review-actions">
        <ExportButton kind="jd" className="primary" label={t('ui.review.export')} onExport={actions.exportDocx} />
        <ExportButton kind="rubric" className="secondary" label={t('ui.review.exportRubric')} onExport={actions.exportRubric} />
        <button type="button" onClick={() => void actions.save()}>
          {t('ui.actions.save')}
        </button>
      </div>
      <LanguagePanel project={project} />
      <div className="paper">
        <JobDescriptionView
          lang={role.locale}
          jd={jd}
          sectionActions={({ heading }) => {
            const step = heading.section && SECTION_STEP[heading.section];
            return (
              step && (
                <button
                  type="button"
                  className="quiet edit-link"
                  aria-label={t('ui.review.editNamed', { section: heading.text })}
                  onClick={() => goTo(step)}
                >
                  {t('ui.review.edit')}
                </button>
              )
            );
          }}
        />
      </div>
    </div>
  );
}
