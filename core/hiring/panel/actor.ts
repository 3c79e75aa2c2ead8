// Who the app believes is at the keyboard. A local app has no accounts: a name is whatever was
// chosen, and `verified` says only that the person typed that name's passphrase this session.
export type Actor =
  | { kind: 'lead'; name: string; verified: true }
  | { kind: 'interviewer'; id: string; name: string; verified: boolean }
  | { kind: 'nobody' };

export const NOBODY: Actor = { kind: 'nobody' };

export const isLead = (actor: Actor): actor is Extract<Actor, { kind: 'lead' }> => actor.kind === 'lead';

/** The id of the interviewer acting, if an interviewer is. */
export const interviewerOf = (actor: Actor): string | null => (actor.kind === 'interviewer' ? actor.id : null);
