// Scoring in the app: one scorecard per candidate and interviewer, created as a draft on the first
// edit, rating only the criteria in the interviewer's focus. A submitted card is read-only until
// it is reopened, so a finished judgement never changes by accident.
import type { Hiring, Rating, Recommendation, Scorecard } from '../schema/rubric.js';
import { cardGaps, verdictOpen, type CardGaps } from './ratings.js';
import { revealedTo } from './panel/reveal.js';

export const scorecardId = (candidateId: string, interviewerId: string) => `sc-${candidateId}-${interviewerId}`.slice(0, 64);

export const findScorecard = (hiring: Hiring, candidateId: string, interviewerId: string): Scorecard | undefined =>
  hiring.scorecards.find((s) => s.candidateId === candidateId && s.interviewerId === interviewerId);

export function blankScorecard(candidateId: string, interviewerId: string, focus: readonly string[], now: Date): Scorecard {
  return {
    id: scorecardId(candidateId, interviewerId),
    candidateId,
    interviewerId,
    status: 'draft',
    ratings: focus.map((criterionId) => ({ criterionId, rating: null, evidence: '' })),
    recommendation: null,
    updatedAt: now.toISOString(),
    submittedAt: null,
  };
}

/** A card with a rating row for every focus criterion, in focus order; rows already written are kept. */
function withFocusRows(card: Scorecard, focus: readonly string[]): Scorecard {
  const rows = new Map(card.ratings.map((r) => [r.criterionId, r]));
  const inFocus = focus.map((criterionId) => rows.get(criterionId) ?? { criterionId, rating: null, evidence: '' });
  const outside = card.ratings.filter((r) => !focus.includes(r.criterionId));
  return { ...card, ratings: [...inFocus, ...outside] };
}

export type CardEdit = (card: Scorecard) => Scorecard;

/** Applies an edit to a pair's card, creating it first; submitted cards are left as they are. */
export function editScorecard(
  hiring: Hiring,
  candidateId: string,
  interviewerId: string,
  focus: readonly string[],
  edit: CardEdit,
  now: Date,
): Hiring {
  const existing = findScorecard(hiring, candidateId, interviewerId);
  if (existing?.status === 'submitted') return hiring;
  const card = {
    ...edit(withFocusRows(existing ?? blankScorecard(candidateId, interviewerId, focus, now), focus)),
    updatedAt: now.toISOString(),
  };
  return {
    ...hiring,
    scorecards: existing ? hiring.scorecards.map((s) => (s === existing ? card : s)) : [...hiring.scorecards, card],
  };
}

export const rate =
  (criterionId: string, rating: Rating['rating']): CardEdit =>
  (card) => ({ ...card, ratings: card.ratings.map((r) => (r.criterionId === criterionId ? { ...r, rating } : r)) });

export const noteEvidence =
  (criterionId: string, evidence: string): CardEdit =>
  (card) => ({ ...card, ratings: card.ratings.map((r) => (r.criterionId === criterionId ? { ...r, evidence } : r)) });

/** The overall view comes last: refused while any criterion in focus is still open. */
export const recommend =
  (recommendation: Recommendation, focus: readonly string[]): CardEdit =>
  (card) =>
    verdictOpen(cardGaps(card, focus)) ? { ...card, recommendation } : card;

export interface SubmitGaps extends CardGaps {
  recommendation: boolean;
}

/** What stops a card from being submitted: open criteria, and no recommendation. */
export function submitGaps(card: Scorecard | undefined, focus: readonly string[]): SubmitGaps {
  return { ...cardGaps(card, focus), recommendation: !card?.recommendation };
}

export const canSubmit = (gaps: SubmitGaps) => verdictOpen(gaps) && !gaps.recommendation;

/** Submits the pair's card when nothing is missing; otherwise returns the hiring unchanged. */
export function submitScorecard(hiring: Hiring, candidateId: string, interviewerId: string, focus: readonly string[], now: Date): Hiring {
  const card = findScorecard(hiring, candidateId, interviewerId);
  if (!card || card.status === 'submitted' || !canSubmit(submitGaps(card, focus))) return hiring;
  const stamp = now.toISOString();
  const submitted: Scorecard = { ...card, status: 'submitted', submittedAt: stamp, updatedAt: stamp };
  return { ...hiring, scorecards: hiring.scorecards.map((s) => (s === card ? submitted : s)) };
}

export function reopenScorecard(hiring: Hiring, candidateId: string, interviewerId: string, now: Date): Hiring {
  const card = findScorecard(hiring, candidateId, interviewerId);
  if (!card || card.status !== 'submitted') return hiring;
  const reopened: Scorecard = { ...card, status: 'draft', submittedAt: null, updatedAt: now.toISOString() };
  return { ...hiring, scorecards: hiring.scorecards.map((s) => (s === card ? reopened : s)) };
}

/**
 * Independent scoring: while an interviewer's own card for a candidate is not submitted, the other
 * interviewers' ratings of that candidate stay hidden from them, so nobody anchors on a colleague,
 * unless the hiring lead revealed them (a recorded act). `viewerId` null is nobody in particular:
 * they see nothing of anyone's ratings while scoring is independent.
 */
export function othersHidden(hiring: Hiring, candidateId: string, viewerId: string | null): boolean {
  if (!hiring.independentScoring) return false;
  if (viewerId === null) return true;
  if (findScorecard(hiring, candidateId, viewerId)?.status === 'submitted') return false;
  return !revealedTo(hiring.log, candidateId, viewerId);
}
