import { useTranslation } from 'react-i18next';
import type { Interviewer, Rubric } from '../../../../../core/schema/rubric';
import { coverageGaps, MAX_ASKED } from '../../../../../core/rubric/focus';

/** The criteria nobody assesses and those asked too often, by name. */
export function CoverageWarnings({ rubric, interviewers }: { rubric: Rubric; interviewers: readonly Interviewer[] }) {
  const { t } = useTranslation();
  if (interviewers.length === 0) return <p className="warning">{t('ui.coverage.noInterviewers')}</p>;
  const { unassessed, overAsked } = coverageGaps(rubric, interviewers);
  const titles = (ids: string[]) => ids.map((id) => ({ id, title: rubric.criteria.find((c) => c.id === id)?.title ?? id }));
  if (unassessed.length === 0 && overAsked.length === 0)
    return <p className="hint coverage-ok">{t('ui.coverage.allCovered', { max: MAX_ASKED })}</p>;
  return (
    <div className="coverage-warnings">
      {unassessed.length > 0 && (
        <div className="warning">
          <p>{t('ui.coverage.unassessed', { count: unassessed.length })}</p>
          <ul>
            {titles(unassessed).map(({ id, title }) => (
              <li key={id}>{title}</li>
            ))}
          </ul>
        </div>
      )}
      {overAsked.length > 0 && (
        <div className="warning">
          <p>{t('ui.coverage.overAsked', { count: overAsked.length, max: MAX_ASKED })}</p>
          <ul>
            {titles(overAsked).map(({ id, title }) => (
              <li key={id}>{title}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
