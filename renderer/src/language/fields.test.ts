import { describe, expect, it } from 'vitest';
import { builtInRules, checkText } from '../../../core/language/check';
import { translator } from '../../../core/i18n/index';
import { roleFields } from '../../../core/language/fields';
import { TEXT_LIMITS } from '../../../core/role/limits';
import type { RoleDesign } from '../../../core/schema/role';
import { templateProject } from '../../../core/testing/roles';
import { fieldPlace } from './fieldPlace';
import { roleField, withSuggestion } from './roleText';

const role = templateProject('cxo').role;
const rules = builtInRules('en');
const t = ((key: string, params?: Record<string, unknown>) =>
  `${key}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`) as never;
const responsibility = `responsibilities.${role.responsibilities[0]!.id}.text`;

/** Every optional text filled in and shown, so the checker reads every kind of field. */
const everything: RoleDesign = {
  ...role,
  company: { ...role.company, description: 'About us', industry: 'Banking' },
  context: {
    ...role.context,
    whyNowDetail: 'Growth',
    reportingLine: 'other',
    reportingLineOther: 'Chair',
    teams: [...role.context.teams, 'other'],
    teamsOther: 'Legal',
  },
  objectives: { ...role.objectives, metrics: role.objectives.metrics.map((m) => ({ ...m, metric: 'custom', customName: 'Own name' })) },
  position: { ...role.position, workModelDetail: 'Three days a week in Leeds.' },
  offer: { ...role.offer, note: 'There is also an annual bonus.' },
};

describe('a finding’s field, read and written by its path', () => {
  it('reads every field the checker reads, and writes each back in its place', () => {
    const paths = roleFields(everything).map((f) => f.path);
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const field = roleField(everything, path);
      expect(field?.text, path).toBe(roleFields(everything).find((f) => f.path === path)?.text);
      expect(roleField(field!.write('changed'), path)?.text, path).toBe('changed');
    }
  });

  it('names no text for lists, structure and deleted items', () => {
    const measured = `responsibilities.${role.responsibilities[0]!.id}.measuredBy`;
    for (const path of ['mustHaves', 'objectives.outcomes', 'responsibilities', 'description', 'mustHaves.gone', measured]) {
      expect(roleField(role, path), path).toBeNull();
    }
  });

  it('applies suggestions to that one field, one after another', () => {
    let next = roleField(role, responsibility)!.write('We want a rockstar ninja who is a digital native');
    for (const ruleId of ['jargon.rockstar', 'jargon.ninja', 'ageist.digital-native']) {
      const finding = checkText(roleField(next, responsibility)!.text, rules, responsibility).find((f) => f.ruleId === ruleId)!;
      next = withSuggestion(next, finding) ?? next;
    }
    expect(roleField(next, responsibility)!.text).toBe('We want a talented specialist who is a fluent user of digital tools');
    expect(next.responsibilities.slice(1)).toEqual(role.responsibilities.slice(1));
  });

  it('refuses a suggestion that would push the field past its limit', () => {
    const full = `${'x'.repeat(TEXT_LIMITS.responsibility - ' digital native'.length)} digital native`;
    const crowded = roleField(role, responsibility)!.write(full);
    const [ageist] = checkText(full, rules, responsibility);
    expect(ageist?.ruleId).toBe('ageist.digital-native');
    expect(withSuggestion(crowded, ageist!)).toBeNull();
  });
});

describe('where a finding is, in words', () => {
  it('numbers items as their step shows them and points at the element to focus', () => {
    const [first, second] = role.mustHaves;
    expect(fieldPlace(role, `mustHaves.${second!.id}`, '', t)).toEqual({
      step: 'qualifications',
      label: 'language.field.mustHave{"n":2}',
      target: `field-mustHaves.${second!.id}`,
    });
    expect(fieldPlace(role, 'mustHaves', '', t).target).toBe(`field-mustHaves.${first!.id}`);
    expect(fieldPlace(role, responsibility, '', t)).toMatchObject({
      step: 'responsibilities',
      label: 'language.field.responsibility.text{"n":1}',
    });
    expect(fieldPlace(role, 'objectives.purpose', '', t)).toMatchObject({ step: 'objectives', label: 'language.field.purpose' });
    expect(fieldPlace(role, 'description', '', t)).toMatchObject({
      step: 'review',
      label: 'language.field.description',
      target: 'language-check',
    });
  });

  it('has words in the catalogue for every field the checker names', () => {
    const words = translator('en');
    const { id } = role.responsibilities[0]!;
    const structural = [
      'mustHaves',
      'qualities',
      'niceToHaves',
      'objectives.outcomes',
      'responsibilities',
      'context.teams',
      'offer.benefits',
      'offer.disclosure',
      `responsibilities.${id}.measuredBy`,
      'description',
    ];
    for (const path of [...roleFields(everything).map((f) => f.path), ...structural]) {
      const { label } = fieldPlace(everything, path, '', words);
      expect(label, path).not.toMatch(/^language\./);
      expect(label, path).not.toBe(words('language.field.elsewhere'));
    }
  });
});
