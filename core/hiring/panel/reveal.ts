import type { LogEntry } from '../../schema/panel.js';

/** Whether the lead has revealed the panel's ratings of this candidate to this interviewer. */
export const revealedTo = (log: readonly LogEntry[], candidateId: string, interviewerId: string): boolean =>
  log.some((e) => e.kind === 'reveal' && e.candidate.id === candidateId && e.interviewer.id === interviewerId);
