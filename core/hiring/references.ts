// The cross-references a schema cannot check: every scorecard names a known candidate and
// interviewer, and no pair has two scorecards.
import type { FieldProblem } from '../result.js';
import type { Hiring } from '../schema/rubric.js';

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
  });
  return problems;
}
