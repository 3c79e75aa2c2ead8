// The chosen candidate: their score with its interval, raw beside adjusted; their archetype profile
// against the role's; where interviewers disagree by two points or more; what was not assessed and
// why; which ratings are still to come; and the debrief agenda built from all of it.
import { useTranslation } from 'react-i18next';
import { decimalFormat } from '../../../core/i18n/format';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import type { CompareRow } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { DebriefPanel } from './DebriefPanel';
import { formatScore } from './formatScore';
import { ProfileChart } from './ProfileChart';

interface Props {
  row: CompareRow;
  panel: MeasuredPanel;
  /** the candidate's place in the project's candidates, as the panel's figures are kept */
  index: number;
  adjusted: boolean;
}

export function CandidateResult({ row, panel, index, adjusted }: Props) {
  const { t, i18n } = useTranslation();
  const project = useStudio((s) => s.project);
  const result = panel.raw.candidates[index];
  const profile = (adjusted ? panel.adjusted : panel.raw).candidates[index]?.profile;
  if (!project || !result || !profile) return null;
  const { rubric, hiring, role } = project;
  const criterion = (id: string) => rubric.criteria.find((c) => c.id === id)?.title ?? id;
  const person = (id: string) => hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const missingBy = hiring.interviewers
    .map((i) => ({ interviewer: i, criteria: result.missing.filter((m) => m.interviewerId === i.id).map((m) => criterion(m.criterionId)) }))
    .filter((x) => x.criteria.length > 0);
  const interval =
    row.low !== null && row.high !== null
      ? t('ui.compare.intervalLong', {
          low: decimalFormat(i18n.language, 1).format(row.low),
          high: decimalFormat(i18n.language, 1).format(row.high),
        })
      : t('ui.compare.noInterval');

  return (
    <section className="panel candidate-result" aria-labelledby="result-title">
      <h2 id="result-title">{row.candidate.name}</h2>
      <p className="result-score">
        {adjusted
          ? t('ui.compare.scoreLineAdjusted', {
              score: formatScore(row.score, t, i18n.language),
              raw: formatScore(row.rawScore, t, i18n.language),
              interval,
            })
          : t('ui.compare.scoreLine', { score: formatScore(row.rawScore, t, i18n.language), interval })}
      </p>
      {!row.complete && (
        <p className="incomplete-note">
          {t('ui.compare.incompleteLine', { submitted: row.submitted, expected: row.expected, count: row.missing })}
        </p>
      )}
      <div className="result-columns">
        <div>
          <h3>{t('ui.compare.profileHeading')}</h3>
          <ProfileChart candidate={profile} target={role.archetypes} name={row.candidate.name} />
        </div>
        <div>
          <h3>{t('ui.compare.disagreementsHeading', { count: result.disagreements.length })}</h3>
          {result.disagreements.length === 0 ? (
            <p className="hint">{t('ui.compare.noDisagreements')}</p>
          ) : (
            <ul className="disagreements">
              {result.disagreements.map((id) => {
                const stat = result.criteria.find((s) => s.criterionId === id);
                const ratings = stat?.ratings
                  .map((r) => t('ui.compare.ratingBy', { name: person(r.interviewerId), rating: r.rating }))
                  .join(', ');
                return (
                  <li key={id}>
                    <span className="criterion-name">{criterion(id)}</span>{' '}
                    {t('ui.compare.disagreement', { ratings, spread: stat?.spread ?? 0 })}
                  </li>
                );
              })}
            </ul>
          )}
          {result.notAssessed.length > 0 && (
            <>
              <h3>{t('ui.compare.notAssessedHeading', { count: result.notAssessed.length })}</h3>
              <ul className="missing">
                {result.notAssessed.map((n) => (
                  <li key={`${n.interviewerId}-${n.criterionId}`}>
                    <span className="criterion-name">{criterion(n.criterionId)}</span>{' '}
                    {t('ui.compare.notAssessedBy', { name: person(n.interviewerId), reason: n.reason })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('ui.compare.missingHeading', { count: result.missing.length })}</h3>
          {missingBy.length === 0 ? (
            <p className="hint">{t('ui.compare.noMissing')}</p>
          ) : (
            <ul className="missing">
              {missingBy.map(({ interviewer, criteria }) => (
                <li key={interviewer.id}>
                  <span className="criterion-name">{interviewer.name}</span> {criteria.join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <DebriefPanel candidateId={row.candidate.id} panel={panel} />
    </section>
  );
}
