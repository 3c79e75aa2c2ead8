import { describe, expect, it } from 'vitest';
import { templateProject } from '../testing/roles.js';
import { checkRubric } from './check.js';

describe('checkRubric', () => {
  it('passes a template rubric as derived', () => {
    expect(checkRubric(templateProject('cxo').rubric)).toEqual([]);
  });

  it('names the total, a blank title, a blank anchor and a criterion without questions', () => {
    const { rubric } = templateProject('cxo');
    const [first, second] = rubric.criteria;
    // template content is shared and frozen: edit copies, as the app does
    rubric.criteria[0] = { ...first!, weight: first!.weight + 5, title: ' ', anchors: { ...first!.anchors, mid: '' } };
    rubric.criteria[1] = { ...second!, questions: ['', '  '] };
    expect(checkRubric(rubric)).toEqual([
      { field: 'rubric.total', code: 'ui.missing.rubricTotal' },
      { field: `rubric.${first!.id}.title`, code: 'ui.missing.criterionTitle' },
      { field: `rubric.${first!.id}.anchors.mid`, code: 'ui.missing.anchor' },
      { field: `rubric.${second!.id}.questions.0`, code: 'ui.missing.questions' },
    ]);
  });

  it('points at the add button when a criterion has no question rows at all', () => {
    const { rubric } = templateProject('cxo');
    rubric.criteria = [{ ...rubric.criteria[0]!, questions: [] }];
    rubric.criteria[0]!.weight = 100;
    expect(checkRubric(rubric)).toEqual([{ field: `rubric.${rubric.criteria[0]!.id}.questions`, code: 'ui.missing.questions' }]);
  });

  it('does not ask an empty rubric to add up to 100', () => {
    expect(checkRubric({ criteria: [], weightsEdited: false })).toEqual([]);
  });
});
