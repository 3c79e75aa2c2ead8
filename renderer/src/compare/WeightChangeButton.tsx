// "Change weights…" where weights are locked because scoring has begun. While scoring is
// independent the dialog shows every candidate's score, so the hiring lead opens it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityDialog } from '../panel/IdentityDialog';
import { useStudio } from '../state/store';
import { WeightChangeDialog } from './WeightChangeDialog';

export function WeightChangeButton() {
  const { t } = useTranslation();
  const leadNeeded = useStudio((s) => (s.project?.hiring.independentScoring ?? false) && s.actor.kind !== 'lead');
  const [step, setStep] = useState<'closed' | 'identify' | 'weights'>('closed');
  return (
    <>
      <button type="button" className="secondary" onClick={() => setStep(leadNeeded ? 'identify' : 'weights')}>
        {t('ui.weights.change')}
      </button>
      {step === 'identify' && (
        <IdentityDialog
          target={{ kind: 'lead' }}
          onClose={() => setStep(useStudio.getState().actor.kind === 'lead' ? 'weights' : 'closed')}
        />
      )}
      {step === 'weights' && <WeightChangeDialog onClose={() => setStep('closed')} />}
    </>
  );
}
