import { describe, expect, it } from 'vitest';
import { fail } from '../../../core/result';
import { fromIssues, fromProblem } from './notice';

describe('notices never grow past 50 lines', () => {
  it('shows the 50 fields a problem lists and counts the rest', () => {
    const fields = Array.from({ length: 300_000 }, (_, i) => ({ field: `hiring.scorecards[${i}].id`, code: 'validation.type' }));
    const problem = fail('file.invalid', { count: fields.length }, fields);
    if (problem.ok) throw new Error('a failure was expected');
    const notice = fromProblem(problem.problem);
    expect(notice.lines).toHaveLength(51);
    expect(notice.lines?.at(-1)).toEqual({ key: 'ui.more', params: { count: 299_950 } });
  });

  it('caps the page’s own refusals the same way', () => {
    const issues = Array.from({ length: 120 }, (_, i) => ({ field: `role.mustHaves.${i}.text`, code: 'ui.missing.mustHaves' }));
    const notice = fromIssues('ui.notice.saveBlocked', issues);
    expect(notice.lines).toHaveLength(51);
    expect(notice.lines?.at(-1)).toEqual({ key: 'ui.more', params: { count: 70 } });
  });
});
