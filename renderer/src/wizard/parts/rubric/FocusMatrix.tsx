// Criteria × interviewers: a tick means that interviewer assesses that criterion. The last column
// counts how often each criterion is asked, so gaps and repeats stand out while ticking.
import { useTranslation } from 'react-i18next';
import { toggleFocus } from '../../../../../core/hiring/people';
import { CRITERION_GROUPS, type Interviewer, type Rubric } from '../../../../../core/schema/rubric';
import { coveredBy, focusOf, MAX_ASKED } from '../../../../../core/rubric/focus';
import { useStudio } from '../../../state/store';

export function FocusMatrix({ rubric, interviewers }: { rubric: Rubric; interviewers: readonly Interviewer[] }) {
  const { t } = useTranslation();
  const updateHiring = useStudio((s) => s.updateHiring);
  const focus = interviewers.map((i) => new Set(focusOf(i, rubric)));
  const asked = new Map(coveredBy(rubric, interviewers).map((c) => [c.criterionId, c.interviewerIds.length]));
  const names = interviewers.map((i, n) => i.name.trim() || t('ui.coverage.interviewer', { n: n + 1 }));

  const toggle = (interviewerId: string, criterionId: string, on: boolean) =>
    updateHiring((h) => ({
      ...h,
      interviewers: h.interviewers.map((i) => (i.id === interviewerId ? toggleFocus(i, rubric, criterionId, on) : i)),
    }));

  return (
    <div className="matrix-scroll" role="region" aria-labelledby="focus-matrix-caption" tabIndex={0}>
      <table className="focus-matrix">
        <caption id="focus-matrix-caption">{t('ui.coverage.matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.coverage.criterion')}</th>
            {names.map((name, k) => (
              <th key={interviewers[k]?.id} scope="col" className="person">
                {name}
              </th>
            ))}
            <th scope="col" className="asked">
              {t('ui.coverage.askedBy')}
            </th>
          </tr>
        </thead>
        {CRITERION_GROUPS.map((group) => {
          const criteria = rubric.criteria.filter((c) => c.group === group);
          if (criteria.length === 0) return null;
          return (
            <tbody key={group}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={interviewers.length + 2}>
                  {t(`ui.rubric.group.${group}`)}
                </th>
              </tr>
              {criteria.map((c) => {
                const count = asked.get(c.id) ?? 0;
                const state = count === 0 ? 'gap' : count > MAX_ASKED ? 'over' : '';
                const words = count === 0 ? 'ui.coverage.askedNone' : count > MAX_ASKED ? 'ui.coverage.askedTooMany' : 'ui.coverage.asked';
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.title}</th>
                    {interviewers.map((i, k) => {
                      const on = focus[k]?.has(c.id) ?? false;
                      // an empty focus means "everything", so the last tick stays
                      const last = on && focus[k]?.size === 1;
                      return (
                        <td key={i.id}>
                          <input
                            type="checkbox"
                            checked={on}
                            disabled={last}
                            aria-label={t('ui.coverage.assesses', { name: names[k], criterion: c.title })}
                            onChange={(event) => toggle(i.id, c.id, event.target.checked)}
                          />
                        </td>
                      );
                    })}
                    <td className={`asked ${state}`}>{t(words, { count })}</td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
      <p className="hint">{t('ui.coverage.lastTick')}</p>
    </div>
  );
}
