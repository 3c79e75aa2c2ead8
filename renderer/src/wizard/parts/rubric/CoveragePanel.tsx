// Who assesses what: the interview stages, the criteria each one covers, and what is left
// uncovered or asked too often. "Share the criteria out" gives a balanced first split to adjust.
import { useTranslation } from 'react-i18next';
import type { Hiring, Rubric } from '../../../../../core/schema/rubric';
import { suggestFocus } from '../../../../../core/rubric/focus-suggest';
import { useStudio } from '../../../state/store';
import { CoverageWarnings } from './CoverageWarnings';
import { FocusMatrix } from './FocusMatrix';
import { InterviewerList } from './InterviewerList';

export function CoveragePanel({ rubric, hiring }: { rubric: Rubric; hiring: Hiring }) {
  const { t } = useTranslation();
  const updateHiring = useStudio((s) => s.updateHiring);
  const { interviewers } = hiring;

  return (
    <section className="panel coverage" aria-labelledby="rubric-coverage">
      <h2 id="rubric-coverage">{t('ui.coverage.heading')}</h2>
      <p className="hint">{t('ui.coverage.hint')}</p>
      <InterviewerList hiring={hiring} />
      {interviewers.length > 0 && (
        <>
          <div className="share-out">
            <button
              type="button"
              className="secondary"
              aria-describedby="share-out-hint"
              onClick={() => updateHiring((h) => ({ ...h, interviewers: suggestFocus(rubric, h.interviewers) }))}
            >
              {t('ui.coverage.shareOut')}
            </button>
            <p className="hint" id="share-out-hint">
              {t('ui.coverage.shareOutHint')}
            </p>
          </div>
          <FocusMatrix rubric={rubric} interviewers={interviewers} />
        </>
      )}
      <CoverageWarnings rubric={rubric} interviewers={interviewers} />
    </section>
  );
}
