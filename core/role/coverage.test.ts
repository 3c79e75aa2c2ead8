import { describe, expect, it } from 'vitest';
import { unmeasuredResponsibilities } from './coverage.js';
import { completeRole } from '../testing/complete-role.js';

describe('unmeasuredResponsibilities', () => {
  it('lists responsibilities with no outcome or metric behind them', () => {
    expect(unmeasuredResponsibilities(completeRole())).toEqual(['r3']);
  });

  it('ignores links to outcomes or metrics that no longer exist', () => {
    const role = completeRole();
    role.objectives.outcomes = [];
    expect(unmeasuredResponsibilities(role)).toEqual(['r1', 'r3']);
  });

  it('is empty when every responsibility is measured', () => {
    const role = completeRole();
    role.responsibilities = role.responsibilities.map((r) => ({ ...r, measuredBy: ['m1'] }));
    expect(unmeasuredResponsibilities(role)).toEqual([]);
  });
});
