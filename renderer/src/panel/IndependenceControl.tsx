// Independent scoring, on or off. Anyone who has said who they are may switch it on; only the
// hiring lead may switch it off, and says why. Both go on the scoring record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setIndependence } from '../../../core/hiring/panel/actions';
import { newId } from '../state/ids';
import { success } from '../state/notice';
import { useStudio } from '../state/store';
import { ReasonDialog } from './ReasonDialog';

export function IndependenceControl() {
  const { t } = useTranslation();
  const on = useStudio((s) => s.project?.hiring.independentScoring ?? true);
  const actor = useStudio((s) => s.actor);
  const [asking, setAsking] = useState(false);
  const { updateHiring, notify } = useStudio.getState();
  const change = (next: boolean, reason: string) => {
    const hiring = useStudio.getState().project?.hiring;
    const changed = hiring && setIndependence(hiring, actor, next, reason, { id: newId('log'), now: new Date() });
    if (!changed) return;
    updateHiring(() => changed);
    notify(success(next ? 'ui.panel.independenceOnDone' : 'ui.panel.independenceOffDone'));
  };
  const canTurnOff = actor.kind === 'lead';
  const canTurnOn = actor.kind !== 'nobody';
  return (
    <div className="independence">
      <p className="independence-state">
        <span className={`status-badge ${on ? 'submitted' : 'draft'}`}>{t(on ? 'ui.panel.independentOn' : 'ui.panel.independentOff')}</span>{' '}
        {t(on ? 'ui.panel.independentOnText' : 'ui.panel.independentOffText')}
      </p>
      {on ? (
        <button
          type="button"
          className="secondary"
          aria-disabled={!canTurnOff || undefined}
          aria-describedby="independence-why"
          onClick={() => canTurnOff && setAsking(true)}
        >
          {t('ui.panel.turnOff')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-disabled={!canTurnOn || undefined}
          aria-describedby="independence-why"
          onClick={() => canTurnOn && change(true, '')}
        >
          {t('ui.panel.turnOn')}
        </button>
      )}
      <p className="hint" id="independence-why">
        {t(
          on
            ? canTurnOff
              ? 'ui.panel.turnOffHint'
              : 'ui.panel.turnOffLeadOnly'
            : canTurnOn
              ? 'ui.panel.turnOnHint'
              : 'ui.panel.turnOnWho',
        )}
      </p>
      {asking && (
        <ReasonDialog
          title={t('ui.panel.turnOffTitle')}
          body={t('ui.panel.turnOffBody')}
          submitLabel={t('ui.panel.turnOffConfirm')}
          danger
          onDone={(reason) => {
            setAsking(false);
            if (reason) change(false, reason);
          }}
        />
      )}
    </div>
  );
}
