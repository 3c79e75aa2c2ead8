// Whether two rubrics say exactly the same thing, field by field: what the store asks after every
// role edit, instead of serialising both to JSON on each keystroke.
import type { Criterion, Rubric } from '../schema/rubric.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const sameCriterion = (a: Criterion, b: Criterion): boolean =>
  a === b ||
  (a.id === b.id &&
    a.group === b.group &&
    a.source === b.source &&
    a.title === b.title &&
    a.weight === b.weight &&
    a.evidence === b.evidence &&
    a.anchors.low === b.anchors.low &&
    a.anchors.mid === b.anchors.mid &&
    a.anchors.high === b.anchors.high &&
    sameList(a.questions, b.questions));

export const sameRubric = (a: Rubric, b: Rubric): boolean =>
  a === b ||
  (a.weightsEdited === b.weightsEdited &&
    a.criteria.length === b.criteria.length &&
    a.criteria.every((c, i) => sameCriterion(c, b.criteria[i]!)));
