// The hiring lead shows one interviewer the panel's ratings of one candidate before their own card
// is in: never by accident, always with a reason, always on the scoring record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reveal } from '../../../core/hiring/panel/actions';
import { revealedTo } from '../../../core/hiring/panel/reveal';
import { findScorecard } from '../../../core/hiring/scorecard-edit';
import type { Candidate, Interviewer } from '../../../core/schema/rubric';
import { newId } from '../state/ids';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { ReasonDialog } from './ReasonDialog';

export function RevealButton({ candidate, interviewer }: { candidate: Candidate; interviewer: Interviewer }) {
  const { t } = useTranslation();
  const hiring = useStudio((s) => s.project?.hiring);
  const actor = useStudio((s) => s.actor);
  const [asking, setAsking] = useState(false);
  if (!hiring || actor.kind !== 'lead' || !hiring.independentScoring) return null;
  if (findScorecard(hiring, candidate.id, interviewer.id)?.status === 'submitted') return null;
  if (revealedTo(hiring.log, candidate.id, interviewer.id)) return <span className="hint">{t('ui.panel.revealed')}</span>;
  return (
    <>
      <button
        type="button"
        className="quiet"
        aria-label={t('ui.panel.revealNamed', { interviewer: interviewer.name, candidate: candidate.name })}
        onClick={() => setAsking(true)}
      >
        {t('ui.panel.reveal')}
      </button>
      {asking && (
        <ReasonDialog
          title={t('ui.panel.revealTitle', { interviewer: interviewer.name, candidate: candidate.name })}
          body={t('ui.panel.revealBody', { interviewer: interviewer.name })}
          submitLabel={t('ui.panel.revealConfirm')}
          onDone={(reason) => {
            setAsking(false);
            const { project, updateHiring, notify } = useStudio.getState();
            const next =
              reason &&
              project &&
              reveal(project.hiring, actor, candidate.id, interviewer.id, reason, { id: newId('log'), now: new Date() });
            if (!next) return;
            updateHiring(() => next);
            notify(success('ui.panel.revealDone', { interviewer: interviewer.name, candidate: candidate.name }));
          }}
        />
      )}
    </>
  );
}
