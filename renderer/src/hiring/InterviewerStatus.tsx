// Where each interviewer's scorecard for this candidate stands, and a blank card to send to an
// interviewer who scores away from the app.
import { useTranslation } from 'react-i18next';
import { findScorecard } from '../../../core/hiring/scorecard-edit';
import type { Candidate, Hiring } from '../../../core/schema/rubric';
import { RevealButton } from '../panel/RevealButton';

interface Props {
  hiring: Hiring;
  candidate: Candidate;
  onExportBlank: (interviewerId: string) => void;
}

export function InterviewerStatus({ hiring, candidate, onExportBlank }: Props) {
  const { t } = useTranslation();
  if (hiring.interviewers.length === 0) return null;
  return (
    <table className="status-table">
      <caption>{t('ui.scorecard.statusCaption', { name: candidate.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.scorecard.interviewer')}</th>
          <th scope="col">{t('ui.scorecard.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('ui.scorecard.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {hiring.interviewers.map((i, n) => {
          const card = findScorecard(hiring, candidate.id, i.id);
          const name = i.name.trim() || t('ui.coverage.interviewer', { n: n + 1 });
          return (
            <tr key={i.id}>
              <th scope="row">{name}</th>
              <td>
                <span className={`status-badge ${card?.status ?? 'none'}`}>{t(`ui.scorecard.state.${card?.status ?? 'none'}`)}</span>
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('ui.exchange.exportBlankNamed', { interviewer: name, candidate: candidate.name })}
                  onClick={() => onExportBlank(i.id)}
                >
                  {t('ui.exchange.exportBlank')}
                </button>
                <RevealButton candidate={candidate} interviewer={i} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
