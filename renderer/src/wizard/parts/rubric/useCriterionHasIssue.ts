import { rubricField, ANCHOR_LEVELS } from '../../../../../core/rubric/check';
import type { Criterion } from '../../../../../core/schema/rubric';
import { useFieldIssue } from '../../../components/issues';

/** Whether the step check has pointed at anything inside this criterion's folded detail. */
export function useCriterionHasIssue(c: Criterion): boolean {
  const low = useFieldIssue(rubricField.anchor(c.id, ANCHOR_LEVELS[0]));
  const mid = useFieldIssue(rubricField.anchor(c.id, ANCHOR_LEVELS[1]));
  const high = useFieldIssue(rubricField.anchor(c.id, ANCHOR_LEVELS[2]));
  const questions = useFieldIssue(rubricField.questions(c.id));
  const firstQuestion = useFieldIssue(rubricField.question(c.id, 0));
  return Boolean(low ?? mid ?? high ?? questions ?? firstQuestion);
}
