// A filled scorecard pack, read at the format boundary, checked against the project it comes back
// to and turned into one scorecard file per candidate, so it merges exactly as JSON scorecard
// files do (core/hiring/exchange.ts): duplicates skipped, conflicts held, nothing overwritten.
// Refused whole: a pack for another project, for an interviewer the project no longer has, or
// written against criteria that have changed since (ratings given against other anchors).
import type { ReadPack } from '../../formats/scorecard-pack.js';
import { fail, ok, type Result } from '../../result.js';
import type { Project } from '../../schema/project.js';
import type { Scorecard } from '../../schema/rubric.js';
import { SCORECARD_FILE_KIND, SCORECARD_FILE_VERSION, type ScorecardFile } from '../../schema/scorecard-file.js';
import type { MergeNote } from '../exchange.js';
import { canSubmit, scorecardId, submitGaps } from '../scorecard-edit.js';
import { rubricFingerprint } from './frame.js';

export interface PackEntries {
  entries: { file: string; card: ScorecardFile }[];
  notes: MergeNote[];
}

/** "pack.docx · Alex Moreau": a pack holds many cards, each reported on its own. */
export const packEntryName = (file: string, candidate: string) => `${file} · ${candidate}`;

export function packEntries(project: Project, file: string, read: ReadPack, now: Date): Result<PackEntries> {
  const { frame } = read;
  if (frame.projectId !== project.id) return fail('pack.otherProject', { role: frame.roleTitle });
  if (!project.hiring.interviewers.some((i) => i.id === frame.interviewer.id))
    return fail('pack.unknownInterviewer', { interviewer: frame.interviewer.name });
  const changed = frame.criteria.filter((c) => {
    const now = project.rubric.criteria.find((x) => x.id === c.id);
    return !now || rubricFingerprint([now]) !== rubricFingerprint([c]);
  });
  if (changed.length) return fail('pack.rubricChanged', { count: changed.length, criteria: changed.map((c) => `“${c.title}”`).join(', ') });

  const stamp = now.toISOString();
  const focus = frame.criteria.map((c) => c.id);
  const result: PackEntries = { entries: [], notes: [] };
  read.cards.forEach((card, c) => {
    const candidate = frame.candidates[c]!;
    const name = packEntryName(file, candidate.name);
    if (card.filled === 0) {
      result.notes.push({ file: name, code: 'candidateBlank' });
      return;
    }
    const draft: Scorecard = {
      id: scorecardId(candidate.id, frame.interviewer.id),
      candidateId: candidate.id,
      interviewerId: frame.interviewer.id,
      status: 'draft',
      ratings: card.ratings,
      recommendation: card.recommendation,
      updatedAt: stamp,
      submittedAt: null,
    };
    // a pack cannot be "submitted" in Word: a complete card is, an incomplete one stays a draft
    const gaps = submitGaps(draft, focus);
    const scorecard: Scorecard = canSubmit(gaps) ? { ...draft, status: 'submitted', submittedAt: stamp } : draft;
    if (!canSubmit(gaps))
      result.notes.push({
        file: name,
        code: 'keptAsDraft',
        params: { count: gaps.unrated.length + gaps.reasonMissing.length + (gaps.recommendation ? 1 : 0) },
      });
    result.entries.push({
      file: name,
      card: {
        kind: SCORECARD_FILE_KIND,
        schemaVersion: SCORECARD_FILE_VERSION,
        roleTitle: frame.roleTitle,
        candidate: { id: candidate.id, name: candidate.name },
        interviewer: frame.interviewer,
        criteria: frame.criteria.map(({ id, title, anchors, questions }) => ({ id, title, anchors, questions })),
        scorecard,
      },
    });
  });
  return ok(result);
}
