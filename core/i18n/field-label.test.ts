import { describe, expect, it } from 'vitest';
import { translator } from './index.js';
import { fieldLabel } from './field-label.js';

const t = translator();

describe('schema paths in words', () => {
  it.each([
    ['role.title', 'Role title'],
    ['role.company.name', 'Company name'],
    ['rubric.criteria[0].weight', 'Rubric › Criterion 1 › weight'],
    ['role.mustHaves[2].text', 'Must-have 3 › text'],
    ['hiring.scorecards[4].candidateId', 'Scorecard 5 › candidate'],
    ['review.decisions[0].members[1]', 'Board review › Decision 1 › Member 2'],
    ['role.archetypes.dataArchitect', 'Archetype weights › data architect'],
  ])('%s is “%s”', (path, words) => expect(fieldLabel(path, t)).toBe(words));

  it('spells out a part it has no name for, and never returns nothing', () => {
    expect(fieldLabel('hiring.somethingNew', t)).toBe('Something new');
    expect(fieldLabel('(document)', t)).toBe('(document)');
    expect(fieldLabel('role', t)).toBe('role');
  });
});
