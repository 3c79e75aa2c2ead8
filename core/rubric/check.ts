// The Rubric step's completeness check: the weights add up to 100 and every criterion can be used
// in an interview (a title, all three anchors, at least one question). Same shape as core/role/checks.
import type { FieldIssue } from '../role/checks.js';
import { isBlank } from '../role/checks.js';
import { rubricTotal } from './edit.js';
import type { Rubric } from '../schema/rubric.js';

export const ANCHOR_LEVELS = ['low', 'mid', 'high'] as const;
export type AnchorLevel = (typeof ANCHOR_LEVELS)[number];

/** Field paths double as DOM ids in the renderer, so the check can put the focus on the gap. */
export const rubricField = {
  total: 'rubric.total',
  title: (id: string) => `rubric.${id}.title`,
  anchor: (id: string, level: AnchorLevel) => `rubric.${id}.anchors.${level}`,
  questions: (id: string) => `rubric.${id}.questions`,
  question: (id: string, index: number) => `rubric.${id}.questions.${index}`,
};

export function checkRubric(rubric: Rubric): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (rubric.criteria.length > 0 && rubricTotal(rubric) !== 100) issues.push({ field: rubricField.total, code: 'ui.missing.rubricTotal' });
  for (const c of rubric.criteria) {
    if (isBlank(c.title)) issues.push({ field: rubricField.title(c.id), code: 'ui.missing.criterionTitle' });
    for (const level of ANCHOR_LEVELS) {
      if (isBlank(c.anchors[level])) issues.push({ field: rubricField.anchor(c.id, level), code: 'ui.missing.anchor' });
    }
    // point at the first (blank) question where there is one, else at the button that adds one
    const field = c.questions.length ? rubricField.question(c.id, 0) : rubricField.questions(c.id);
    if (c.questions.every(isBlank)) issues.push({ field, code: 'ui.missing.questions' });
  }
  return issues;
}
