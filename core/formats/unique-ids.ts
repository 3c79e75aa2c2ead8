// Ids are how one part of a project names another: a scorecard names its candidate and
// interviewer, a rating its criterion, a metric is named by the responsibilities it measures. Two
// items with one id would let one stand in for the other (an impostor candidate showing the real
// one's score), so a file where any list repeats an id is refused, naming the second one.
import type { FieldProblem } from '../result.js';
import type { Project } from '../schema/project.js';

/** One problem for each item whose id an earlier item of the same list already has. */
export function repeatedIds(list: readonly { id: string }[], at: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ field: `${at}[${i}].id`, code: 'validation.duplicateId', params: { id: item.id } });
    seen.add(item.id);
  });
  return problems;
}

export function checkUniqueIds(project: Project): FieldProblem[] {
  const { role, rubric, hiring, review } = project;
  return [
    ...repeatedIds(role.responsibilities, 'role.responsibilities'),
    ...repeatedIds(role.objectives.outcomes, 'role.objectives.outcomes'),
    ...repeatedIds(role.objectives.metrics, 'role.objectives.metrics'),
    ...repeatedIds(role.mustHaves, 'role.mustHaves'),
    ...repeatedIds(role.qualities, 'role.qualities'),
    ...repeatedIds(role.niceToHaves, 'role.niceToHaves'),
    ...repeatedIds(rubric.criteria, 'rubric.criteria'),
    ...repeatedIds(hiring.candidates, 'hiring.candidates'),
    ...repeatedIds(hiring.interviewers, 'hiring.interviewers'),
    ...repeatedIds(hiring.scorecards, 'hiring.scorecards'),
    ...repeatedIds(review.comments, 'review.comments'),
    ...repeatedIds(review.decisions, 'review.decisions'),
  ];
}
