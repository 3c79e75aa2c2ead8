// One candidate: their details (editable), where each interviewer's scorecard stands, the acting
// interviewer's own scorecard, and the others' (hidden under independent scoring until submitted).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeCandidate, scorecardCount } from '../../../core/hiring/people';
import type { Candidate } from '../../../core/schema/rubric';
import { useDialogs } from '../components/DialogProvider';
import { useActions } from '../app/FileActionsContext';
import { useStudio } from '../state/store';
import { CandidateForm } from './CandidateForm';
import { InterviewerStatus } from './InterviewerStatus';
import { OtherScorecards } from './OtherScorecards';
import { ScorecardEditor } from './ScorecardEditor';

interface Props {
  candidate: Candidate;
  onExportBlank: (interviewerId: string) => void;
}

export function CandidateDetail({ candidate, onExportBlank }: Props) {
  const { t } = useTranslation();
  const { confirm } = useDialogs();
  const actions = useActions();
  const [editing, setEditing] = useState(false);
  const hiring = useStudio((s) => s.project?.hiring);
  const rubric = useStudio((s) => s.project?.rubric);
  const actor = useStudio((s) => s.actor);
  const { updateHiring, selectCandidate } = useStudio.getState();
  if (!hiring || !rubric) return null;
  const interviewer = actor.kind === 'interviewer' ? (hiring.interviewers.find((i) => i.id === actor.id) ?? null) : null;

  const remove = async () => {
    const count = scorecardCount(hiring, { candidateId: candidate.id });
    const ask = {
      titleKey: 'ui.candidates.removeTitle',
      bodyKey: 'ui.candidates.removeBody',
      confirmKey: 'ui.candidates.removeConfirm',
      params: { name: candidate.name, count },
    };
    if (count > 0 && !(await confirm(ask))) return;
    updateHiring((h) => removeCandidate(h, candidate.id));
    useStudio.getState().announceRemoval('ui.undo.removed', { name: candidate.name });
    selectCandidate(null);
    document.getElementById('candidate-list-title')?.focus();
  };

  return (
    <section className="candidate-detail" aria-labelledby="candidate-title">
      <div className="panel">
        <div className="candidate-head">
          <div>
            <h2 id="candidate-title" tabIndex={-1}>
              {candidate.name}
            </h2>
            <p className="candidate-meta">{[candidate.currentRole, t(`ui.origin.${candidate.origin}`)].filter(Boolean).join(' · ')}</p>
          </div>
          <div className="row-actions">
            <button type="button" className="quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {t('ui.candidates.edit')}
            </button>
            <button type="button" className="quiet danger-text" onClick={() => void remove()}>
              {t('ui.candidates.remove')}
            </button>
          </div>
        </div>
        {editing && (
          <CandidateForm
            path={`candidate.${candidate.id}`}
            initial={{ name: candidate.name, currentRole: candidate.currentRole, origin: candidate.origin }}
            submitLabel={t('ui.candidates.saveDetails')}
            onSubmit={(details) => {
              updateHiring((h) => ({ ...h, candidates: h.candidates.map((c) => (c.id === candidate.id ? { ...c, ...details } : c)) }));
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        )}
        <InterviewerStatus hiring={hiring} candidate={candidate} onExportBlank={onExportBlank} />
      </div>
      {interviewer && (
        <ScorecardEditor
          key={interviewer.id}
          candidate={candidate}
          interviewer={interviewer}
          rubric={rubric}
          hiring={hiring}
          onChange={updateHiring}
          onSave={() => void actions.save()}
        />
      )}
      <OtherScorecards candidate={candidate} viewer={actor} rubric={rubric} hiring={hiring} />
    </section>
  );
}
