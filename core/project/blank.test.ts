// A blank start and a pasted job description give roles whose posting fields (where it is based,
// pay, how to apply) are empty but valid: the file saves and loads, the job description prints
// none of them, and the wizard and the language check say what is still to be given.
import { describe, expect, it } from 'vitest';
import { buildJobDescription } from '../documents/jd/build.js';
import { loadProject, serializeProject } from '../formats/project.js';
import { builtInRules, checkRole } from '../language/check.js';
import { checkOffer } from '../role/checks.js';
import { roleFromJobDescription } from '../role/jd-import/import.js';
import { PACK_DATE, t } from '../testing/read-back.js';
import { blankProject, projectFromRole } from './blank.js';

const pasted = () =>
  roleFromJobDescription(
    'Chief Customer Officer\n\nResponsibilities\n- Lead the customer experience\n\nWhat we offer\n- Private medical cover\n\nHow to apply\nEmail your CV to Sam.',
    { defaultTheme: 'Leadership', newId: (prefix) => `${prefix}-1` },
  );

describe('posting fields of a role started blank or from a pasted job description', () => {
  it.each([
    ['blank', () => blankProject()],
    ['pasted', () => projectFromRole(pasted().role)],
  ])('%s: empty, valid, saved and loaded as they are', (_, make) => {
    const project = make();
    expect(project.role.position).toEqual({ location: '', workModel: 'unspecified', workModelDetail: '' });
    expect(project.role.offer).toMatchObject({ disclosure: 'not-stated', minimum: null, maximum: null, benefits: [] });
    expect(project.role.application).toEqual({
      method: '',
      contact: '',
      deadline: '',
      nextSteps: '',
      adjustmentsContact: '',
      equalOpportunity: '',
    });
    expect(project.role.context.figures).toEqual({ teamSize: null, budget: '', regions: '' });
    expect(loadProject(serializeProject(project))).toEqual({ ok: true, value: project });
  });

  it('prints none of them in the job description, and says what is still to be given', () => {
    const role = blankProject().role;
    const text = JSON.stringify(buildJobDescription(role, t, { date: PACK_DATE }).blocks);
    for (const heading of ['Location and way of working', 'Pay and benefits', 'How to apply', 'Equal opportunity'])
      expect(text).not.toContain(heading);
    expect(checkOffer(role).map((i) => i.code)).toEqual(['ui.missing.applyMethod', 'ui.missing.applyContact']);
    expect(checkRole(role, builtInRules('en')).findings.map((f) => f.ruleId)).toContain('credibility.pay-not-stated');
  });

  it('keeps a pasted job description’s benefits and how to apply aside, for the user to place', () => {
    const { unplaced } = pasted();
    expect(unplaced).toContain('Private medical cover');
    expect(unplaced).toContain('Email your CV to Sam.');
  });

  it('takes the pay range’s usual currency from the role’s language', () => {
    expect(blankProject('en').role.offer.currency).toBe('GBP');
    expect(blankProject('nl').role.offer.currency).toBe('EUR');
    expect(blankProject('pl').role.offer.currency).toBe('PLN');
  });
});
