// What one import of scorecard files did, kept until the user has read it and settled every
// conflict: nothing imported replaces an existing card without the user choosing so.
import type { ReadScorecards } from '../../../core/contract';
import type { Conflict, MergeNote, MergeOutcome } from '../../../core/hiring/exchange';

export interface ImportReport {
  added: { file: string; candidateId: string; interviewerId: string }[];
  duplicates: string[];
  unknown: string[];
  problems: ReadScorecards['problems'];
  conflicts: Conflict[];
  /** cards kept as drafts, candidates left blank in a pack */
  notes: MergeNote[];
}

export function importReport(outcome: MergeOutcome, problems: ReadScorecards['problems'], notes: readonly MergeNote[] = []): ImportReport {
  return {
    added: outcome.added.map(({ file, scorecard }) => ({
      file,
      candidateId: scorecard.candidateId,
      interviewerId: scorecard.interviewerId,
    })),
    duplicates: outcome.duplicates,
    unknown: outcome.unknown,
    problems,
    conflicts: outcome.conflicts,
    notes: [...notes, ...outcome.notes],
  };
}
