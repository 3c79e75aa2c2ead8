import { describe, expect, it } from 'vitest';
import { completeRole } from '../testing/complete-role.js';
import { moveWithinTheme, positionInTheme, removeMeasure, themeGroups } from './lists.js';

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('moveWithinTheme', () => {
  it('swaps with the nearest item of the same theme, skipping other themes', () => {
    const list = completeRole().responsibilities; // r1 Voice, r2 Teams, r3 Voice
    expect(ids(moveWithinTheme(list, 'r3', 'up'))).toEqual(['r3', 'r2', 'r1']);
    expect(ids(moveWithinTheme(list, 'r1', 'down'))).toEqual(['r3', 'r2', 'r1']);
  });

  it('leaves the order alone at either end of a theme', () => {
    const list = completeRole().responsibilities;
    expect(ids(moveWithinTheme(list, 'r1', 'up'))).toEqual(['r1', 'r2', 'r3']);
    expect(ids(moveWithinTheme(list, 'r2', 'down'))).toEqual(['r1', 'r2', 'r3']);
    expect(ids(moveWithinTheme(list, 'missing', 'down'))).toEqual(['r1', 'r2', 'r3']);
  });

  it('reports the position inside the theme', () => {
    const list = completeRole().responsibilities;
    expect(positionInTheme(list, 'r3')).toEqual({ position: 2, count: 2 });
    expect(positionInTheme(list, 'r2')).toEqual({ position: 1, count: 1 });
  });
});

describe('removeMeasure', () => {
  it('drops the outcome and every link to it', () => {
    const role = removeMeasure(completeRole(), 'o1');
    expect(role.objectives.outcomes).toEqual([]);
    expect(role.responsibilities[0]?.measuredBy).toEqual([]);
    expect(role.responsibilities[1]?.measuredBy).toEqual(['m1']);
  });

  it('drops a metric the same way', () => {
    const role = removeMeasure(completeRole(), 'm1');
    expect(role.objectives.metrics).toEqual([]);
    expect(role.responsibilities[1]?.measuredBy).toEqual([]);
  });
});

describe('themeGroups', () => {
  it('groups by trimmed theme in order of first appearance, keeping blank rows', () => {
    const list = [
      ...completeRole().responsibilities,
      { id: 'r4', theme: ' Teams ', text: '', measuredBy: [] },
      { id: 'r5', theme: '', text: 'No theme yet', measuredBy: [] },
    ];
    expect(themeGroups(list).map((g) => [g.theme, ids(g.items)])).toEqual([
      ['Voice', ['r1', 'r3']],
      ['Teams', ['r2', 'r4']],
      ['', ['r5']],
    ]);
  });
});
