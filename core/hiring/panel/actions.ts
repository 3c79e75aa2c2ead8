// The changes to who-sees-what that the scoring record keeps. Each is pure, takes the acting
// person, and returns null when that person may not make it: only the hiring lead switches
// independent scoring off, reveals ratings early or clears a passphrase.
import type { Secret } from '../../schema/panel.js';
import type { Hiring } from '../../schema/rubric.js';
import { isLead, type Actor } from './actor.js';
import { appendEntry, type NewEntry } from './log.js';

export interface Stamp {
  id: string;
  now: Date;
}

export const by = (actor: Actor) => (actor.kind === 'nobody' ? { by: '', verified: false } : { by: actor.name, verified: actor.verified });
export const logged = (hiring: Hiring, entry: NewEntry, { id, now }: Stamp): Hiring => ({
  ...hiring,
  log: appendEntry(hiring.log, entry, id, now),
});

/** The first lead sets themselves up; later, only the lead hands the role over. */
export function setLead(hiring: Hiring, actor: Actor, name: string, secret: Secret, stamp: Stamp): Hiring | null {
  if (hiring.lead && !isLead(actor)) return null;
  const lead = { name: name.trim(), secret };
  const who = isLead(actor) ? by(actor) : { by: lead.name, verified: true };
  return logged({ ...hiring, lead }, { kind: 'lead-set', lead: lead.name, ...who }, stamp);
}

/** A forgotten lead passphrase: anyone may replace the lead, but never quietly. */
export function resetLead(hiring: Hiring, claimedBy: string, name: string, secret: Secret, reason: string, stamp: Stamp): Hiring | null {
  if (!hiring.lead || !reason.trim() || !claimedBy.trim()) return null;
  const lead = { name: name.trim(), secret };
  return logged(
    { ...hiring, lead },
    { kind: 'lead-reset', lead: lead.name, reason: reason.trim(), by: claimedBy.trim(), verified: false },
    stamp,
  );
}

/** Anyone may make scoring independent; only the lead, with a reason, may stop it. */
export function setIndependence(hiring: Hiring, actor: Actor, on: boolean, reason: string, stamp: Stamp): Hiring | null {
  if (hiring.independentScoring === on || actor.kind === 'nobody') return null;
  if (!on && (!isLead(actor) || !reason.trim())) return null;
  return logged({ ...hiring, independentScoring: on }, { kind: 'independence', on, reason: reason.trim(), ...by(actor) }, stamp);
}

/** The lead shows one interviewer the panel's ratings of one candidate before their card is in. */
export function reveal(
  hiring: Hiring,
  actor: Actor,
  candidateId: string,
  interviewerId: string,
  reason: string,
  stamp: Stamp,
): Hiring | null {
  const candidate = hiring.candidates.find((c) => c.id === candidateId);
  const interviewer = hiring.interviewers.find((i) => i.id === interviewerId);
  if (!isLead(actor) || !candidate || !interviewer || !reason.trim()) return null;
  return logged(
    hiring,
    {
      kind: 'reveal',
      candidate: { id: candidate.id, name: candidate.name },
      interviewer: { id: interviewer.id, name: interviewer.name },
      reason: reason.trim(),
      ...by(actor),
    },
    stamp,
  );
}

/**
 * An interviewer chooses a passphrase once, enrolled by the hiring lead (signed in, or typing the
 * lead's passphrase beside them): otherwise whoever picked a colleague's name first could choose
 * that colleague's passphrase and read what they may read. After that only the lead can clear it.
 */
export function setPassphrase(hiring: Hiring, enrolledBy: Actor, interviewerId: string, secret: Secret, stamp: Stamp): Hiring | null {
  const interviewer = hiring.interviewers.find((i) => i.id === interviewerId);
  if (!interviewer || interviewer.secret || !isLead(enrolledBy)) return null;
  const interviewers = hiring.interviewers.map((i) => (i.id === interviewerId ? { ...i, secret } : i));
  const person = { id: interviewer.id, name: interviewer.name };
  return logged({ ...hiring, interviewers }, { kind: 'passphrase-set', interviewer: person, ...by(enrolledBy) }, stamp);
}

export function clearPassphrase(hiring: Hiring, actor: Actor, interviewerId: string, reason: string, stamp: Stamp): Hiring | null {
  const interviewer = hiring.interviewers.find((i) => i.id === interviewerId);
  if (!isLead(actor) || !interviewer?.secret || !reason.trim()) return null;
  const interviewers = hiring.interviewers.map((i) => {
    if (i.id !== interviewerId) return i;
    const { secret: _cleared, ...rest } = i;
    return rest;
  });
  const person = { id: interviewer.id, name: interviewer.name };
  return logged({ ...hiring, interviewers }, { kind: 'passphrase-reset', interviewer: person, reason: reason.trim(), ...by(actor) }, stamp);
}
