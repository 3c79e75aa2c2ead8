// Saying who you are. An interviewer proves it with their passphrase (chosen the first time they
// score under independent scoring); the hiring lead with theirs. The first lead sets the role up;
// a forgotten lead passphrase can only be replaced on the scoring record, never quietly.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetLead, setLead, setPassphrase } from '../../../core/hiring/panel/actions';
import type { Actor } from '../../../core/hiring/panel/actor';
import { checkSecret, makeSecret } from '../../../core/hiring/panel/secret';
import { newId } from '../state/ids';
import { useStudio } from '../state/store';
import { FormModal } from './FormModal';
import { choiceProblem, PassphraseFields } from './PassphraseFields';

export type IdentityTarget = { kind: 'lead' } | { kind: 'interviewer'; id: string };
type Mode = 'prove' | 'choose' | 'needLead' | 'setup' | 'reset' | 'handover';

const stamp = () => ({ id: newId('log'), now: new Date() });

export function IdentityDialog({ target, handover = false, onClose }: { target: IdentityTarget; handover?: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hiring = useStudio((s) => s.project?.hiring);
  const { actAs, updateHiring } = useStudio.getState();
  const actor = useStudio((s) => s.actor);
  const interviewer = target.kind === 'interviewer' ? hiring?.interviewers.find((i) => i.id === target.id) : undefined;
  const initial: Mode = handover
    ? 'handover'
    : target.kind === 'lead'
      ? hiring?.lead
        ? 'prove'
        : 'setup'
      : interviewer?.secret
        ? 'prove'
        : hiring?.lead
          ? 'choose'
          : 'needLead';
  const [mode, setMode] = useState<Mode>(initial);
  const [name, setName] = useState(mode === 'setup' || mode === 'handover' ? '' : (hiring?.lead?.name ?? ''));
  const [claimedBy, setClaimedBy] = useState('');
  const [reason, setReason] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [leadPass, setLeadPass] = useState('');
  // the lead enrols an interviewer's first passphrase: signed in already, or typing theirs here
  const leadPresent = actor.kind === 'lead';
  if (!hiring) return null;
  const who = target.kind === 'lead' ? t('ui.panel.theLead') : (interviewer?.name ?? '');
  const passId = mode === 'prove' || mode === 'choose' ? id : `${id}-pass`;
  const firstFieldId =
    mode === 'needLead' ? null : mode === 'prove' || mode === 'choose' ? id : mode === 'reset' ? `${id}-claimed` : `${id}-name`;

  const submit = async (): Promise<string | null> => {
    const current = useStudio.getState().project?.hiring;
    if (!current) return 'ui.panel.noProject';
    if (mode === 'prove') {
      const secret = target.kind === 'lead' ? current.lead?.secret : interviewer?.secret;
      if (!secret || !(await checkSecret(secret, pass))) return 'ui.panel.wrongPassphrase';
      actAs(
        target.kind === 'lead'
          ? { kind: 'lead', name: current.lead!.name, verified: true }
          : { kind: 'interviewer', id: interviewer!.id, name: interviewer!.name, verified: true },
      );
      onClose();
      return null;
    }
    if (mode === 'needLead') {
      setMode('setup');
      return null;
    }
    if ((mode === 'setup' || mode === 'handover' || mode === 'reset') && !name.trim()) return 'ui.panel.nameMissing';
    if (mode === 'reset' && (!claimedBy.trim() || !reason.trim())) return 'ui.panel.resetMissing';
    const choice = choiceProblem(pass, again);
    if (choice) return choice;
    const secret = await makeSecret(pass);
    let next: typeof current | null = null;
    let actor: Actor = { kind: 'lead', name: name.trim(), verified: true };
    if (mode === 'choose' && interviewer) {
      const lead = current.lead;
      if (!lead) return 'ui.panel.refused';
      if (!leadPresent && !(await checkSecret(lead.secret, leadPass))) return 'ui.panel.wrongLeadPassphrase';
      next = setPassphrase(current, { kind: 'lead', name: lead.name, verified: true }, interviewer.id, secret, stamp());
      actor = { kind: 'interviewer', id: interviewer.id, name: interviewer.name, verified: true };
    } else if (mode === 'setup' || mode === 'handover') next = setLead(current, useStudio.getState().actor, name, secret, stamp());
    else if (mode === 'reset') next = resetLead(current, claimedBy, name, secret, reason, stamp());
    if (!next) return 'ui.panel.refused';
    updateHiring(() => next);
    // a hand-over leaves the old lead signed out; whoever takes over proves it themselves
    actAs(mode === 'handover' ? { kind: 'nobody' } : actor);
    onClose();
    return null;
  };

  const nameField = (fieldId: string, labelKey: string, value: string, onChange: (v: string) => void) => (
    <div className="field">
      <label htmlFor={fieldId}>{t(labelKey)}</label>
      <input
        id={fieldId}
        type="text"
        maxLength={120}
        autoComplete="name"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );

  return (
    <FormModal
      title={t(`ui.panel.identity.${mode}.title`, { who })}
      body={<p>{t(`ui.panel.identity.${mode}.body`, { who })}</p>}
      submitLabel={t(`ui.panel.identity.${mode}.submit`)}
      firstFieldId={firstFieldId}
      danger={mode === 'reset'}
      onCancel={onClose}
      onSubmit={submit}
    >
      {mode === 'reset' && nameField(`${id}-claimed`, 'ui.panel.yourName', claimedBy, setClaimedBy)}
      {(mode === 'setup' || mode === 'handover' || mode === 'reset') && nameField(`${id}-name`, 'ui.panel.leadName', name, setName)}
      {mode !== 'needLead' && (
        <PassphraseFields id={passId} choosing={mode !== 'prove'} value={pass} again={again} onChange={setPass} onAgain={setAgain} />
      )}
      {mode === 'choose' && !leadPresent && (
        <div className="field">
          <label htmlFor={`${id}-lead`}>{t('ui.panel.leadPassphrase', { name: hiring.lead?.name ?? '' })}</label>
          <p className="hint" id={`${id}-lead-hint`}>
            {t('ui.panel.leadPassphraseHint')}
          </p>
          <input
            id={`${id}-lead`}
            type="password"
            autoComplete="off"
            value={leadPass}
            aria-describedby={`${id}-lead-hint`}
            onChange={(event) => setLeadPass(event.target.value)}
          />
        </div>
      )}
      {mode === 'reset' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('ui.panel.reason')}</label>
          <textarea id={`${id}-reason`} rows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      {mode === 'prove' &&
        (target.kind === 'lead' ? (
          <button type="button" className="quiet" onClick={() => (setMode('reset'), setName(''))}>
            {t('ui.panel.forgotLead')}
          </button>
        ) : (
          <p className="hint">{t('ui.panel.forgotInterviewer')}</p>
        ))}
    </FormModal>
  );
}
