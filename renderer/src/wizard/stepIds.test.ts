import { describe, expect, it } from 'vitest';
import { STEPS } from './registry';
import { STEP_IDS } from './stepIds';

describe('the step ids', () => {
  it('list the registry’s steps in the registry’s order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });
});
