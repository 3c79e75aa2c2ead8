// Scorecards travel to offline interviewers as files and come back filled in. Merging never
// overwrites silently: an identical card is a duplicate, a different one for the same candidate
// and interviewer is a conflict for the user to settle, side by side.
import type { Project } from '../schema/project.js';
import type { Hiring, Scorecard } from '../schema/rubric.js';
import { SCORECARD_FILE_KIND, SCORECARD_FILE_VERSION, type ScorecardFile } from '../schema/scorecard-file.js';
import { focusOf } from '../rubric/focus.js';
import { canSubmit, submitGaps } from './scorecard-edit.js';

export function blankScorecardFile(project: Project, candidateId: string, interviewerId: string, now: Date): ScorecardFile | null {
  const candidate = project.hiring.candidates.find((c) => c.id === candidateId);
  const interviewer = project.hiring.interviewers.find((i) => i.id === interviewerId);
  if (!candidate || !interviewer) return null;
  const existing = project.hiring.scorecards.find((s) => s.candidateId === candidateId && s.interviewerId === interviewerId);
  // the file lists every criterion its card rates (a scorecard file may rate no other): those in
  // the interviewer's focus, and any the card already rated outside it
  const focus = new Set([...focusOf(interviewer, project.rubric), ...(existing?.ratings.map((r) => r.criterionId) ?? [])]);
  const criteria = project.rubric.criteria.filter((c) => focus.has(c.id));
  const listed = new Set(criteria.map((c) => c.id));
  return {
    kind: SCORECARD_FILE_KIND,
    schemaVersion: SCORECARD_FILE_VERSION,
    roleTitle: project.role.title,
    candidate: { id: candidate.id, name: candidate.name },
    interviewer: { id: interviewer.id, name: interviewer.name },
    criteria: criteria.map(({ id, title, anchors, questions }) => ({ id, title, anchors, questions })),
    // a copy: the file is edited on its own, never the project's card through it
    scorecard: existing
      ? { ...existing, ratings: existing.ratings.filter((r) => listed.has(r.criterionId)).map((r) => ({ ...r })) }
      : {
          id: `sc-${candidateId}-${interviewerId}`.slice(0, 64),
          candidateId,
          interviewerId,
          status: 'draft',
          ratings: criteria.map((c) => ({ criterionId: c.id, rating: null, evidence: '' })),
          recommendation: null,
          updatedAt: now.toISOString(),
          submittedAt: null,
        },
  };
}

/** What a scorecard says, without the bookkeeping of when it was saved. */
const content = (s: Scorecard) =>
  JSON.stringify([s.status, s.recommendation, s.ratings.map((r) => [r.criterionId, r.rating, r.evidence.trim()])]);
export const isBlank = (s: Scorecard) => s.recommendation === null && s.ratings.every((r) => r.rating === null && !r.evidence.trim());

export interface Conflict {
  existing: Scorecard;
  incoming: Scorecard;
  file: string;
}

/** Something the user should know about a file that was merged: a card kept as a draft, a blank page. */
export interface MergeNote {
  file: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface MergeOutcome {
  hiring: Hiring;
  notes: MergeNote[];
  added: { file: string; scorecard: Scorecard }[];
  duplicates: string[];
  conflicts: Conflict[];
  /** files for a candidate or interviewer this project does not have */
  unknown: string[];
}

export function mergeScorecards(hiring: Hiring, incoming: readonly { file: string; card: ScorecardFile }[]): MergeOutcome {
  const outcome: MergeOutcome = {
    hiring: { ...hiring, scorecards: [...hiring.scorecards] },
    added: [],
    duplicates: [],
    conflicts: [],
    unknown: [],
    notes: [],
  };
  for (const { file, card } of incoming) {
    const s = asFiled(card, file, outcome.notes);
    const known = hiring.candidates.some((c) => c.id === s.candidateId) && hiring.interviewers.some((i) => i.id === s.interviewerId);
    if (!known || s.candidateId !== card.candidate.id || s.interviewerId !== card.interviewer.id) {
      outcome.unknown.push(file);
      continue;
    }
    const index = outcome.hiring.scorecards.findIndex((x) => x.candidateId === s.candidateId && x.interviewerId === s.interviewerId);
    const existing = index < 0 ? undefined : outcome.hiring.scorecards[index];
    if (!existing) {
      outcome.hiring.scorecards.push(s);
      outcome.added.push({ file, scorecard: s });
    } else if (content(existing) === content(s)) {
      outcome.duplicates.push(file);
    } else if (isBlank(existing)) {
      outcome.hiring.scorecards[index] = { ...s, id: existing.id };
      outcome.added.push({ file, scorecard: s });
    } else {
      outcome.conflicts.push({ existing, incoming: s, file });
    }
  }
  return outcome;
}

/**
 * A card that says it was submitted but leaves a criterion open (unrated, or "not assessed"
 * without a reason) or has no recommendation comes in as a draft: the same rule as in the app.
 */
function asFiled(card: ScorecardFile, file: string, notes: MergeNote[]): Scorecard {
  const s = card.scorecard;
  if (s.status !== 'submitted') return s;
  const gaps = submitGaps(
    s,
    card.criteria.map((c) => c.id),
  );
  if (canSubmit(gaps)) return s;
  notes.push({
    file,
    code: 'keptAsDraft',
    params: { count: gaps.unrated.length + gaps.reasonMissing.length + (gaps.recommendation ? 1 : 0) },
  });
  return { ...s, status: 'draft', submittedAt: null };
}

/** Settles one conflict: keep what the project has, or take the incoming card in its place. */
export function settleConflict(hiring: Hiring, conflict: Conflict, keep: 'existing' | 'incoming'): Hiring {
  if (keep === 'existing') return hiring;
  return {
    ...hiring,
    scorecards: hiring.scorecards.map((s) => (s.id === conflict.existing.id ? { ...conflict.incoming, id: s.id } : s)),
  };
}
