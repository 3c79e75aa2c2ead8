import { describe, expect, it } from 'vitest';
import { findTemplate } from './templates.js';
import { projectFromTemplate } from './from-template.js';
import { derivedProjectId, newProjectId } from './id.js';

describe('project ids', () => {
  it('gives every new project its own id, and an old file the same derived id every time', () => {
    const template = findTemplate('cxo')!;
    expect(projectFromTemplate(template).id).not.toBe(projectFromTemplate(template).id);
    expect(newProjectId()).toMatch(/^p-[0-9a-f]{24}$/);
    expect(derivedProjectId(template.role)).toBe(derivedProjectId(structuredClone(template.role)));
    expect(derivedProjectId(template.role)).not.toBe(derivedProjectId({ ...template.role, title: 'Other' }));
  });
});
