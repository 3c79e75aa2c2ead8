import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../../core/testing/hiring';
import { measuredOf } from './panelCache';

describe('measuredOf', () => {
  it('answers from memory while the rubric and hiring objects are the same ones', () => {
    const { rubric, hiring } = sampleHiringProject();
    const first = measuredOf(rubric, hiring);
    expect(measuredOf(rubric, hiring)).toBe(first);
  });

  it('works the figures out again once either object is replaced', () => {
    const { rubric, hiring } = sampleHiringProject();
    const first = measuredOf(rubric, hiring);
    expect(measuredOf(rubric, { ...hiring })).not.toBe(first);
    expect(measuredOf({ ...rubric }, hiring)).not.toBe(measuredOf(rubric, hiring));
  });
});
