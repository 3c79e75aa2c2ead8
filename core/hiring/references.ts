// The cross-references a schema cannot check: every scorecard names a known candidate and
// interviewer, no pair has two scorecards, and no card rates one criterion twice (a card that
// rated a criterion 16 times would weigh 16 times as much).
import { fail, type FieldProblem, type Problem } from '../result.js';
import type { Hiring, Rubric, Scorecard } from '../schema/rubric.js';

/** One problem for each rating of a criterion the card has already rated. */
export function repeatedRatings(card: Pick<Scorecard, 'ratings'>, at: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  card.ratings.forEach((r, j) => {
    if (seen.has(r.criterionId))
      problems.push({ field: `${at}.ratings[${j}].criterionId`, code: 'validation.duplicateRating', params: { id: r.criterionId } });
    seen.add(r.criterionId);
  });
  return problems;
}

export function checkHiringReferences(hiring: Hiring): FieldProblem[] {
  const candidates = new Set(hiring.candidates.map((c) => c.id));
  const interviewers = new Set(hiring.interviewers.map((i) => i.id));
  const pairs = new Set<string>();
  const problems: FieldProblem[] = [];
  hiring.scorecards.forEach((card, i) => {
    const at = `hiring.scorecards[${i}]`;
    if (!candidates.has(card.candidateId))
      problems.push({ field: `${at}.candidateId`, code: 'validation.unknownReference', params: { id: card.candidateId } });
    if (!interviewers.has(card.interviewerId))
      problems.push({ field: `${at}.interviewerId`, code: 'validation.unknownReference', params: { id: card.interviewerId } });
    const pair = `${card.candidateId}|${card.interviewerId}`;
    if (pairs.has(pair)) problems.push({ field: at, code: 'validation.duplicateScorecard' });
    pairs.add(pair);
    problems.push(...repeatedRatings(card, at));
  });
  return problems;
}

/**
 * An interviewer's card coming into a project rates only criteria the project's rubric has: a
 * rating of a criterion it does not have would be stored and could never be seen or settled.
 */
export function ratingsOutsideRubric(rubric: Rubric, card: Scorecard): FieldProblem[] {
  const known = new Set(rubric.criteria.map((c) => c.id));
  return card.ratings.flatMap((r, j) =>
    known.has(r.criterionId)
      ? []
      : [{ field: `scorecard.ratings[${j}].criterionId`, code: 'validation.notInRubric', params: { id: r.criterionId } }],
  );
}

/** Splits incoming cards into those that fit the project's rubric and, refused in words, those that do not. */
export function screenIncomingCards<C extends { file: string; card: { scorecard: Scorecard } }>(
  rubric: Rubric,
  incoming: readonly C[],
): { cards: C[]; problems: { file: string; problem: Problem }[] } {
  const cards: C[] = [];
  const problems: { file: string; problem: Problem }[] = [];
  for (const item of incoming) {
    const outside = ratingsOutsideRubric(rubric, item.card.scorecard);
    if (!outside.length) cards.push(item);
    else {
      const refused = fail('scorecard.invalid', { count: outside.length }, outside);
      if (!refused.ok) problems.push({ file: item.file, problem: refused.problem });
    }
  }
  return { cards, problems };
}
