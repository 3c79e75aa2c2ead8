import { useTranslation } from 'react-i18next';
import { showView } from '../app/showView';
import { useStudio } from '../state/store';

/** Scorecards follow the interviewers' focus, so scoring starts with interviewers in the Rubric step. */
export function NoInterviewers() {
  const { t } = useTranslation();
  return (
    <div className="warning no-interviewers">
      <p>{t('ui.candidates.noInterviewers')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          useStudio.getState().goTo('rubric');
          showView('design');
        }}
      >
        {t('ui.candidates.toRubric')}
      </button>
    </div>
  );
}
