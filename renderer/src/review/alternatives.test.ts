import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/index';
import { snapshotOf } from '../../../core/review/versions';
import { findTemplate } from '../../../core/project/templates';
import { templateProject } from '../../../core/testing/roles';
import { alternativesOf } from './alternatives';

const t = translator('en');
const template = findTemplate('cxo')!;

describe('the alternatives a design set aside', () => {
  it('names the other background paths and the other reporting lines', () => {
    const p = templateProject('cxo');
    p.role.background.choice = 'career-professional';
    p.role.context.reportingLine = 'ceo';
    const snapshot = snapshotOf(p);
    expect(alternativesOf('background', snapshot, template, t).map((a) => a.lead)).toEqual([
      'A leader from another function',
      'Open to both',
    ]);
    const company = alternativesOf('company', snapshot, template, t).map((a) => a.text);
    expect(company[0]).toBe(
      'Other reporting lines: Chief Operating Officer (COO), Chief Marketing Officer (CMO), Chief Human Resources Officer (CHRO).',
    );
  });

  it('lists what the template offered and the design left out', () => {
    const p = templateProject('cxo');
    const dropped = p.role.mustHaves[0]!.text;
    p.role.mustHaves = p.role.mustHaves.slice(1);
    const [left] = alternativesOf('qualifications', snapshotOf(p), template, t);
    expect(left?.list).toContain(`Must-have: ${dropped}`);
    expect(alternativesOf('qualifications', snapshotOf(p), null, t)).toEqual([]);
  });

  it('says which archetype weighs most and least, or that they are even', () => {
    const p = templateProject('cxo');
    p.role.archetypes = { practitioner: 40, technologist: 20, dataArchitect: 25, futurist: 15 };
    expect(alternativesOf('archetypes', snapshotOf(p), template, t)[0]?.text).toBe(
      'Practitioner weighs most (40%) and Futurist least (15%).',
    );
    p.role.archetypes = { practitioner: 25, technologist: 25, dataArchitect: 25, futurist: 25 };
    expect(alternativesOf('archetypes', snapshotOf(p), template, t)).toEqual([{ text: 'The four archetypes are weighted equally.' }]);
  });
});
