import { describe, expect, it } from 'vitest';
import { completeRole } from '../testing/complete-role.js';
import { prepareForWriting } from './prepare.js';

describe('prepareForWriting', () => {
  it('passes a complete role through unchanged', () => {
    const role = completeRole();
    expect(prepareForWriting(role)).toEqual({ role, blockers: [] });
  });

  it('leaves out blank rows the editor allows but a file does not', () => {
    const role = completeRole();
    role.objectives.outcomes.push({ id: 'o2', text: ' ' });
    role.mustHaves.push({ id: 'h2', text: '' });
    role.responsibilities.push({ id: 'r4', theme: ' ', text: '', measuredBy: [] });
    const { role: written, blockers } = prepareForWriting(role);
    expect(blockers).toEqual([]);
    expect(written.objectives.outcomes.map((o) => o.id)).toEqual(['o1']);
    expect(written.mustHaves.map((h) => h.id)).toEqual(['h1']);
    expect(written.responsibilities.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('reports gaps it cannot leave out', () => {
    const role = completeRole();
    role.title = '';
    role.responsibilities.push({ id: 'r4', theme: '', text: 'Half written', measuredBy: [] });
    expect(prepareForWriting(role).blockers).toEqual([
      { field: 'title', code: 'ui.missing.roleTitle' },
      { field: 'responsibilities.r4.theme', code: 'ui.missing.responsibilityTheme' },
    ]);
  });
});
