import { describe, expect, it } from 'vitest';
import { checkProject } from '../formats/project.js';
import { templateProject } from '../testing/roles.js';
import { prepareProjectForWriting } from './prepare.js';

describe('prepareProjectForWriting', () => {
  it('leaves a template project as it is and valid', () => {
    const prepared = prepareProjectForWriting(templateProject('cxo'));
    expect(prepared.blockers).toEqual([]);
    expect(checkProject(prepared.project).ok).toBe(true);
  });

  it('drops blank question rows and reports what cannot be dropped', () => {
    const p = templateProject('cxo');
    const [first] = p.rubric.criteria;
    p.rubric.criteria[0] = { ...first!, questions: [...first!.questions, '  '], anchors: { ...first!.anchors, high: '' } };
    p.hiring.interviewers = [{ id: 'i1', name: ' ', focus: [] }];
    const prepared = prepareProjectForWriting(p);
    expect(prepared.project.rubric.criteria[0]!.questions).toEqual(first!.questions);
    expect(prepared.blockers).toEqual([
      { field: `rubric.${first!.id}.anchors.high`, code: 'ui.missing.anchor' },
      { field: 'hiring.interviewers.i1.name', code: 'ui.missing.interviewerName' },
    ]);
  });
});
