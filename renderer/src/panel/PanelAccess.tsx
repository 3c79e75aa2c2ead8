// Who may see what, in one place: the hiring lead (set up, or handed over by the lead), and each
// interviewer's passphrase, which only the lead can clear (it was forgotten, or someone else set it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearPassphrase } from '../../../core/hiring/panel/actions';
import type { Interviewer } from '../../../core/schema/rubric';
import { newId } from '../state/ids';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { IdentityDialog } from './IdentityDialog';
import { ReasonDialog } from './ReasonDialog';

export function PanelAccess() {
  const { t } = useTranslation();
  const hiring = useStudio((s) => s.project?.hiring);
  const actor = useStudio((s) => s.actor);
  const [clearing, setClearing] = useState<Interviewer | null>(null);
  const [handingOver, setHandingOver] = useState(false);
  const [settingUp, setSettingUp] = useState(false);
  if (!hiring) return null;
  const isLead = actor.kind === 'lead';

  const clear = (interviewer: Interviewer, reason: string) => {
    const { project, updateHiring, notify } = useStudio.getState();
    const next = project && clearPassphrase(project.hiring, actor, interviewer.id, reason, { id: newId('log'), now: new Date() });
    if (!next) return;
    updateHiring(() => next);
    notify(success('ui.panel.clearedDone', { name: interviewer.name }));
  };

  return (
    <details className="panel panel-access">
      <summary>
        <h2>{t('ui.panel.accessHeading')}</h2>
      </summary>
      <p className="hint">{t('ui.panel.accessIntro')}</p>
      <h3>{t('ui.panel.leadHeading')}</h3>
      <p>{hiring.lead ? t('ui.panel.leadIs', { name: hiring.lead.name }) : t('ui.panel.noLead')}</p>
      {hiring.lead ? (
        <button
          type="button"
          className="secondary"
          aria-disabled={!isLead || undefined}
          aria-describedby="handover-hint"
          onClick={() => isLead && setHandingOver(true)}
        >
          {t('ui.panel.handOver')}
        </button>
      ) : (
        <button type="button" className="secondary" onClick={() => setSettingUp(true)}>
          {t('ui.panel.setUpLead')}
        </button>
      )}
      {hiring.lead && (
        <p className="hint" id="handover-hint">
          {t(isLead ? 'ui.panel.handOverHint' : 'ui.panel.handOverLeadOnly')}
        </p>
      )}
      <h3>{t('ui.panel.passphrasesHeading')}</h3>
      {hiring.interviewers.length === 0 ? (
        <p className="hint">{t('ui.panel.noInterviewers')}</p>
      ) : (
        <ul className="passphrases">
          {hiring.interviewers.map((i) => (
            <li key={i.id}>
              <span className="criterion-name">{i.name}</span> {t(i.secret ? 'ui.panel.hasPassphrase' : 'ui.panel.noPassphrase')}
              {i.secret && isLead && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('ui.panel.clearNamed', { name: i.name })}
                  onClick={() => setClearing(i)}
                >
                  {t('ui.panel.clear')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {clearing && (
        <ReasonDialog
          title={t('ui.panel.clearTitle', { name: clearing.name })}
          body={t('ui.panel.clearBody', { name: clearing.name })}
          submitLabel={t('ui.panel.clearConfirm')}
          onDone={(reason) => {
            const who = clearing;
            setClearing(null);
            if (reason) clear(who, reason);
          }}
        />
      )}
      {(handingOver || settingUp) && (
        <IdentityDialog
          target={{ kind: 'lead' }}
          handover={handingOver}
          onClose={() => {
            setHandingOver(false);
            setSettingUp(false);
          }}
        />
      )}
    </details>
  );
}
