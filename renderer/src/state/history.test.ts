import { beforeEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../core/project/templates';
import { emptyHistory, GROUP_MS, MAX_STEPS, record, type Entry } from './history';
import { useStudio } from './store';

const { getState } = useStudio;
const FINGERPRINT = { size: 1, mtimeMs: 0, sha256: '0'.repeat(64) };
const place = { view: 'design', stepId: 'company', focusId: null } as const;
const entry = (title: string): Entry => ({ project: { role: { title } } as never, place });

describe('grouping edits into steps', () => {
  it('joins keystrokes in one word of one field, and starts a new step at a word boundary, a pause or another field', () => {
    let h = record(emptyHistory(), entry(''), 'text:a', 0, true);
    h = record(h, entry('h'), 'text:a', 100, false);
    h = record(h, entry('he'), 'text:a', 200, false);
    expect(h.past).toHaveLength(1);
    h = record(h, entry('hello'), 'text:a', 300, true); // the space after "hello"
    expect(h.past).toHaveLength(2);
    h = record(h, entry('hello w'), 'text:a', 300 + GROUP_MS + 1, false); // a pause
    expect(h.past).toHaveLength(3);
    h = record(h, entry('x'), 'text:b', 300 + GROUP_MS + 2, false); // another field
    expect(h.past).toHaveLength(4);
    h = record(h, entry('y'), null, 300 + GROUP_MS + 3, false);
    h = record(h, entry('z'), null, 300 + GROUP_MS + 4, false); // clicks never join
    expect(h.past).toHaveLength(6);
  });

  it('keeps at most MAX_STEPS steps', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_STEPS + 10; i += 1) h = record(h, entry(String(i)), null, i, false);
    expect(h.past).toHaveLength(MAX_STEPS);
    expect(h.past[0]!.project.role.title).toBe('10');
  });
});

describe('undo and redo in the store', () => {
  beforeEach(() => getState().startFromTemplate(findTemplate('cxo')!));

  it('undoes a removal across the role, rubric and hiring, and redoes it', () => {
    const start = getState().project!;
    const removed = start.role.mustHaves[0]!;
    getState().updateRole((r) => ({ ...r, mustHaves: r.mustHaves.slice(1) }));
    getState().updateHiring((h) => ({ ...h, independentScoring: !h.independentScoring }));
    expect(getState().undo()).not.toBeNull();
    expect(getState().project!.hiring.independentScoring).toBe(start.hiring.independentScoring);
    expect(getState().undo()).not.toBeNull();
    expect(getState().project).toBe(start);
    expect(getState().project!.rubric.criteria.some((c) => c.source === removed.id)).toBe(true);
    expect(getState().undo()).toBeNull();
    getState().redo();
    expect(getState().project!.role.mustHaves.some((m) => m.id === removed.id)).toBe(false);
  });

  it('is clean again when undone back to what was saved, and a new edit clears the redo steps', () => {
    const opened = getState().project!;
    getState().openProject({ path: '/tmp/a.cxorole', project: opened, fingerprint: FINGERPRINT });
    getState().updateRole((r) => ({ ...r, title: 'Chief Customer Officer' }));
    expect(getState().dirty).toBe(true);
    getState().undo();
    expect(getState().dirty).toBe(false);
    getState().updateRole((r) => ({ ...r, title: 'Chief Experience Officer, EMEA' }));
    expect(getState().redo()).toBeNull();
  });

  it('takes the user back to the step where the undone edit was made', () => {
    getState().goTo('qualifications');
    getState().updateRole((r) => ({ ...r, mustHaves: [] }));
    getState().goTo('review');
    expect(getState().undo()).toMatchObject({ stepId: 'qualifications' });
    expect(getState().stepId).toBe('qualifications');
  });

  it('starts every project with an empty history', () => {
    getState().updateRole((r) => ({ ...r, title: 'x' }));
    getState().startFromTemplate(findTemplate('cco')!);
    expect(getState().undo()).toBeNull();
  });
});
