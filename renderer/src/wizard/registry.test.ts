import { describe, expect, it } from 'vitest';
import { templateProject } from '../../../core/testing/roles';
import { reachableSteps } from './registry';

describe('reachableSteps', () => {
  it('opens every step once the company is named, before the applications have a recipient', () => {
    const project = templateProject('cxo');
    project.role.company.name = 'Harbour Bank';
    expect(project.role.application.contact).toBe('');
    expect(reachableSteps(project, ['start', 'company'])).toContain('review');
  });

  it('stops at the first gap of a step that gates the later ones', () => {
    const project = templateProject('cxo'); // no company name yet
    const reachable = reachableSteps(project, ['start', 'company']);
    expect(reachable).toContain('company');
    expect(reachable).not.toContain('objectives');
    expect(reachable).not.toContain('review');
  });
});
