import { describe, expect, it } from 'vitest';
import { templateProject } from '../../../core/testing/roles';
import { aggregateOf } from './aggregateCache';

describe('aggregateOf', () => {
  it('answers from memory while the rubric and hiring objects are the same ones', () => {
    const { rubric, hiring } = templateProject('cxo');
    const first = aggregateOf(rubric, hiring, false);
    expect(aggregateOf(rubric, hiring, false)).toBe(first);
    // the calibrated figures are remembered beside the raw ones, not instead of them
    const calibrated = aggregateOf(rubric, hiring, true);
    expect(aggregateOf(rubric, hiring, false)).toBe(first);
    expect(aggregateOf(rubric, hiring, true)).toBe(calibrated);
  });

  it('works the figures out again once either object is replaced', () => {
    const { rubric, hiring } = templateProject('cxo');
    const first = aggregateOf(rubric, hiring, false);
    expect(aggregateOf(rubric, { ...hiring }, false)).not.toBe(first);
    expect(aggregateOf({ ...rubric }, hiring, false)).not.toBe(first);
  });
});
