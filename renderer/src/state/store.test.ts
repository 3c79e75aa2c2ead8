import { beforeEach, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../core/project/templates';
import { useStudio } from './store';

const { getState } = useStudio;
const FINGERPRINT = { size: 1, mtimeMs: 0, sha256: '0'.repeat(64) };

describe('the store keeps the rubric in step with the role', () => {
  beforeEach(() => getState().startFromTemplate(findTemplate('cxo')!));

  it('keeps the same rubric object when a role edit does not touch it', () => {
    const before = getState().project!.rubric;
    getState().updateRole((role) => ({ ...role, objectives: { ...role.objectives, purpose: 'Own the whole experience.' } }));
    expect(getState().project!.rubric).toBe(before);
  });

  it('adds and removes criteria with the must-haves they assess', () => {
    const count = getState().project!.rubric.criteria.length;
    getState().updateRole((role) => ({ ...role, mustHaves: [...role.mustHaves, { id: 'h-new', text: 'Fluent in Dutch' }] }));
    const added = getState().project!.rubric.criteria.find((c) => c.source === 'h-new');
    expect(added?.title).toBe('Fluent in Dutch');
    expect(getState().project!.rubric.criteria).toHaveLength(count + 1);
    getState().updateRole((role) => ({ ...role, mustHaves: role.mustHaves.filter((m) => m.id !== 'h-new') }));
    expect(getState().project!.rubric.criteria).toHaveLength(count);
  });

  it('starts each project in the wizard, with nobody acting as an interviewer', () => {
    getState().setView('compare');
    getState().actAs('i-1');
    getState().startFromTemplate(findTemplate('cco')!);
    expect(getState()).toMatchObject({ view: 'design', actingAs: null, candidateId: null, importReport: null });
  });
});

describe('a role opened from a file', () => {
  beforeEach(() => getState().startFromTemplate(findTemplate('cxo')!));

  it('counts every step as visited, so finished steps keep their ticks', () => {
    const project = getState().project!;
    getState().openProject({ path: '/tmp/role.cxorole', project, fingerprint: FINGERPRINT });
    expect(getState().visited).toEqual([
      'start',
      'company',
      'objectives',
      'responsibilities',
      'background',
      'qualifications',
      'archetypes',
      'rubric',
      'review',
    ]);
    getState().startFromTemplate(findTemplate('cco')!);
    expect(getState().visited).toEqual(['start', 'company']);
  });
});
