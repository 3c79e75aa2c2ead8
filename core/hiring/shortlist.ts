// Who gets a full page in the results document: the top N scored candidates, plus any the user
// added by hand, in score order. Everyone else is one line of the summary table, so a pool of a
// thousand candidates still makes a document a person can read.
import type { Shortlist } from '../schema/rubric.js';

export interface Scored {
  candidate: { id: string };
  result: { score: number | null };
}

/** The shortlisted entries of a ranking (best first), in the ranking's order. */
export function shortlistOf<T extends Scored>(ranked: readonly T[], shortlist: Shortlist): T[] {
  const added = new Set(shortlist.added);
  let scored = 0;
  return ranked.filter((r) => {
    const top = r.result.score !== null && scored++ < shortlist.top;
    return top || added.has(r.candidate.id);
  });
}

/** Adds or removes a candidate from the hand-picked part of the shortlist. */
export function toggleShortlisted(shortlist: Shortlist, candidateId: string, on: boolean): Shortlist {
  const rest = shortlist.added.filter((id) => id !== candidateId);
  return { ...shortlist, added: on ? [...rest, candidateId] : rest };
}
