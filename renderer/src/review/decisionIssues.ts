// What a decision needs before it can be recorded, as field issues the form points at.
import type { FieldIssue } from '../../../core/role/checks';
import type { DecisionOutcome } from '../../../core/schema/review';
import type { TextItem } from '../../../core/schema/role';

export interface ConflictDraft {
  id: string;
  member: string;
  interest: string;
  recused: boolean;
}

export interface DecisionDraft {
  /** null: the latest version */
  version: number | null;
  outcome: DecisionOutcome | null;
  date: string;
  members: TextItem[];
  conflicts: ConflictDraft[];
  notes: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function decisionIssues(draft: DecisionDraft, recordedBy: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.outcome) issues.push({ field: 'decision.outcome', code: 'ui.missing.decisionOutcome' });
  if (!DAY.test(draft.date)) issues.push({ field: 'decision.date', code: 'ui.missing.decisionDate' });
  if (!draft.members.some((m) => m.text.trim())) issues.push({ field: 'decision.members', code: 'ui.missing.decisionMembers' });
  const present = new Set(draft.members.map((m) => m.text.trim()).filter(Boolean));
  for (const c of draft.conflicts) {
    if (!present.has(c.member.trim())) issues.push({ field: `decision.conflicts.${c.id}.member`, code: 'ui.missing.conflictMember' });
    if (!c.interest.trim()) issues.push({ field: `decision.conflicts.${c.id}.interest`, code: 'ui.missing.conflictInterest' });
  }
  if (!recordedBy.trim()) issues.push({ field: 'decision.recordedBy', code: 'ui.missing.recordedBy' });
  return issues;
}
