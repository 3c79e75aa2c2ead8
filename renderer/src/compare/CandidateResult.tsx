// The chosen candidate: their archetype profile against the role's, where interviewers disagree
// by two points or more, and which ratings are still to come, by interviewer and criterion.
import { useTranslation } from 'react-i18next';
import type { Archetype } from '../../../core/role/vocabulary';
import type { CandidateResult as Result } from '../../../core/hiring/scoring/aggregate';
import type { CompareRow } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';
import { formatScore } from './formatScore';
import { ProfileChart } from './ProfileChart';

interface Props {
  row: CompareRow;
  /** ratings as given, for the disagreements and gaps */
  result: Result;
  profile: Record<Archetype, number | null>;
  calibrated: boolean;
}

export function CandidateResult({ row, result, profile, calibrated }: Props) {
  const { t } = useTranslation();
  const project = useStudio((s) => s.project);
  if (!project) return null;
  const { rubric, hiring, role } = project;
  const criterion = (id: string) => rubric.criteria.find((c) => c.id === id)?.title ?? id;
  const person = (id: string) => hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const missingBy = hiring.interviewers
    .map((i) => ({ interviewer: i, criteria: result.missing.filter((m) => m.interviewerId === i.id).map((m) => criterion(m.criterionId)) }))
    .filter((x) => x.criteria.length > 0);

  return (
    <section className="panel candidate-result" aria-labelledby="result-title">
      <h2 id="result-title">{row.candidate.name}</h2>
      <p className="result-score">
        {calibrated
          ? t('ui.compare.scoreLineCalibrated', { score: formatScore(row.score, t), raw: formatScore(row.rawScore, t) })
          : t('ui.compare.scoreLine', { score: formatScore(row.rawScore, t) })}
      </p>
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
    </section>
  );
}
