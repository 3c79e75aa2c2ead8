// "I am": who is at the keyboard. Choosing someone whose view would show ratings needs their
// passphrase while scoring is independent, so lifting blindness is never one click; with the
// setting off, a name is enough, and the scoring record says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudio } from '../state/store';
import { IdentityDialog, type IdentityTarget } from './IdentityDialog';

const LEAD = '__lead__';

export function WhoAmI() {
  const { t } = useTranslation();
  const hiring = useStudio((s) => s.project?.hiring);
  const actor = useStudio((s) => s.actor);
  const actAs = useStudio((s) => s.actAs);
  const [target, setTarget] = useState<IdentityTarget | null>(null);
  if (!hiring) return null;
  const value =
    actor.kind === 'lead' ? LEAD : actor.kind === 'interviewer' && hiring.interviewers.some((i) => i.id === actor.id) ? actor.id : '';

  const choose = (chosen: string) => {
    if (chosen === '') return actAs({ kind: 'nobody' });
    if (chosen === LEAD) return setTarget({ kind: 'lead' });
    const interviewer = hiring.interviewers.find((i) => i.id === chosen);
    if (!interviewer) return;
    // with nothing hidden there is nothing to prove; a passphrase chosen before is still asked for
    if (!hiring.independentScoring && !interviewer.secret)
      return actAs({ kind: 'interviewer', id: interviewer.id, name: interviewer.name, verified: false });
    setTarget({ kind: 'interviewer', id: interviewer.id });
  };

  const hint =
    actor.kind === 'lead'
      ? 'ui.panel.whoLeadHint'
      : actor.kind === 'interviewer'
        ? actor.verified
          ? 'ui.panel.whoVerifiedHint'
          : 'ui.panel.whoClaimedHint'
        : 'ui.panel.whoNobodyHint';
  return (
    <div className="field acting-as">
      <label htmlFor="acting-as">{t('ui.candidates.actingAs')}</label>
      <select id="acting-as" value={value} aria-describedby="acting-as-hint" onChange={(event) => choose(event.target.value)}>
        <option value="">{t('ui.panel.nobody')}</option>
        {hiring.interviewers.map((i, n) => (
          <option key={i.id} value={i.id}>
            {i.name.trim() || t('ui.coverage.interviewer', { n: n + 1 })}
          </option>
        ))}
        <option value={LEAD}>{hiring.lead ? t('ui.panel.leadOption', { name: hiring.lead.name }) : t('ui.panel.leadSetupOption')}</option>
      </select>
      <p className="hint" id="acting-as-hint">
        {t(hint, { name: actor.kind === 'nobody' ? '' : actor.name })}
      </p>
      {target && <IdentityDialog target={target} onClose={() => setTarget(null)} />}
    </div>
  );
}
