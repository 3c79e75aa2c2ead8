// Interviewer mode: a scorecard file or pack opened on its own, showing only that interviewer's
// cards, criteria, anchors and questions. The file's contents become a small rubric and hiring of
// one interviewer, so the app's own scorecard editor fills them in; saving turns them back into the
// same kind of file, for the interviewer to send back.
import type { OpenedInterviewerFile } from '../contract.js';
import type { Criterion, Hiring, Rubric, Scorecard } from '../schema/rubric.js';
import { SCORECARD_FILE_KIND, SCORECARD_FILE_VERSION, type ScorecardFile } from '../schema/scorecard-file.js';
import type { ScorecardPack } from '../schema/scorecard-pack.js';
import { emptyHiring } from '../project/empty.js';
import { scorecardId } from './scorecard-edit.js';

export interface InterviewerWork {
  path: string;
  roleTitle: string;
  interviewer: { id: string; name: string };
  rubric: Rubric;
  hiring: Hiring;
  /** what to write back: the pack's frame, or the scorecard file as it came */
  source: { kind: 'pack'; frame: ScorecardPack } | { kind: 'scorecard'; file: ScorecardFile };
}

const asCriterion = (c: {
  id: string;
  title: string;
  anchors: Criterion['anchors'];
  questions: string[];
  weight?: number;
  evidence?: string;
}): Criterion => ({
  id: c.id,
  group: 'custom',
  source: null,
  title: c.title,
  weight: c.weight ?? 0,
  anchors: c.anchors,
  questions: c.questions,
  evidence: c.evidence ?? '',
});

export function workFrom(opened: OpenedInterviewerFile): InterviewerWork {
  const { path, source } = opened;
  if (source.kind === 'scorecard') {
    const { file } = source;
    const criteria = file.criteria.map(asCriterion);
    return {
      path,
      roleTitle: file.roleTitle,
      interviewer: file.interviewer,
      rubric: { weightsEdited: true, criteria },
      hiring: {
        ...emptyHiring(),
        interviewers: [{ ...file.interviewer, focus: criteria.map((c) => c.id) }],
        candidates: [{ id: file.candidate.id, name: file.candidate.name, currentRole: '', origin: 'external' }],
        scorecards: [file.scorecard],
      },
      source: { kind: 'scorecard', file },
    };
  }
  const { frame, cards } = source.pack;
  const criteria = frame.criteria.map(asCriterion);
  const scorecards = cards
    .filter((c) => c.filled > 0)
    .map((c): Scorecard => ({
      id: scorecardId(c.candidateId, frame.interviewer.id),
      candidateId: c.candidateId,
      interviewerId: frame.interviewer.id,
      status: 'draft',
      ratings: c.ratings,
      recommendation: c.recommendation,
      updatedAt: frame.writtenAt,
      submittedAt: null,
    }));
  return {
    path,
    roleTitle: frame.roleTitle,
    interviewer: frame.interviewer,
    rubric: { weightsEdited: true, criteria },
    hiring: {
      ...emptyHiring(),
      interviewers: [{ ...frame.interviewer, focus: criteria.map((c) => c.id) }],
      candidates: frame.candidates.map((c) => ({ ...c, origin: 'external' as const })),
      scorecards,
    },
    source: { kind: 'pack', frame },
  };
}

/** The scorecard file to write back: the card as filled in, in the file's own frame. */
export function scorecardFileOf(work: InterviewerWork, file: ScorecardFile): ScorecardFile {
  const card = work.hiring.scorecards.find((s) => s.candidateId === file.candidate.id) ?? file.scorecard;
  return {
    ...file,
    kind: SCORECARD_FILE_KIND,
    schemaVersion: SCORECARD_FILE_VERSION,
    scorecard: { ...card, id: file.scorecard.id || scorecardId(card.candidateId, card.interviewerId) },
  };
}
