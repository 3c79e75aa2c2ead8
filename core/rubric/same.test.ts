import { describe, expect, it } from 'vitest';
import '../i18n/all.js';
import { Anchors, Criterion, Rubric } from '../schema/rubric.js';
import { templateProject } from '../testing/roles.js';
import { sameRubric } from './same.js';

const rubric = templateProject('cxo').rubric;
const copy = (): typeof rubric => structuredClone(rubric);
/** a value of the same type that differs */
const other = (value: unknown): unknown =>
  typeof value === 'string'
    ? `${value}x`
    : typeof value === 'number'
      ? value + 1
      : typeof value === 'boolean'
        ? !value
        : value === null
          ? 'x'
          : [...(value as string[]), 'x'];

describe('sameRubric', () => {
  it('is true for a deep copy and false for a change in any field a criterion or rubric has', () => {
    expect(sameRubric(rubric, copy())).toBe(true);
    // every field the schema lists is compared: a field added later without a comparison fails here
    for (const key of Object.keys(Criterion.properties).filter((k) => k !== 'anchors')) {
      const changed = copy();
      const first = changed.criteria[0] as unknown as Record<string, unknown>;
      first[key] = other(first[key]);
      expect(sameRubric(rubric, changed), key).toBe(false);
    }
    for (const level of Object.keys(Anchors.properties)) {
      const changed = copy();
      const anchors = changed.criteria[1]!.anchors as Record<string, string>;
      anchors[level] = `${anchors[level]}x`;
      expect(sameRubric(rubric, changed), level).toBe(false);
    }
    for (const key of Object.keys(Rubric.properties)) {
      const changed = copy() as unknown as Record<string, unknown>;
      changed[key] = key === 'criteria' ? rubric.criteria.slice(1) : other(changed[key]);
      expect(sameRubric(rubric, changed as unknown as typeof rubric), key).toBe(false);
    }
  });

  it('tells a reordered question list apart', () => {
    const changed = copy();
    changed.criteria[0]!.questions = [...changed.criteria[0]!.questions].reverse();
    expect(changed.criteria[0]!.questions.length).toBeGreaterThan(1);
    expect(sameRubric(rubric, changed)).toBe(false);
  });
});
