import { describe, expect, it } from 'vitest';
import { builtInRules, checkRole, checkText } from './check.js';
import { blankRole } from '../testing/blank-role.js';

const rules = builtInRules('en');

const roleWith = (purpose: string) => blankRole((r) => (r.objectives.purpose = purpose));

describe('gender-coded words (Gaucher, Friesen and Kay, 2011)', () => {
  const text =
    'We are an ambitious, supportive team. You will lead analysts and build trust with warm, honest colleagues. Leadership matters.';

  it('finds each coded word as a low, informational finding', () => {
    const findings = checkText(text, rules).filter((f) => f.kind === 'gender');
    expect(findings.map((f) => [f.ruleId, f.match])).toEqual([
      ['gender-coded.masculine', 'ambitious'],
      ['gender-coded.feminine', 'supportive'],
      ['gender-coded.masculine', 'lead'],
      ['gender-coded.masculine', 'analysts'],
      ['gender-coded.feminine', 'trust'],
      ['gender-coded.feminine', 'warm'],
      ['gender-coded.feminine', 'honest'],
      ['gender-coded.masculine', 'Leadership'],
    ]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['low']));
    expect(findings[0]?.reasonKey).toBe('language.reason.genderMasculine');
  });

  it('reports the balance of a known text: four and four is neutral', () => {
    const report = checkRole(roleWith(text), rules);
    expect(report.gender).toMatchObject({ masculine: 4, feminine: 4, verdict: 'neutral' });
    expect(report.gender?.masculineWords).toEqual(['ambitious', 'lead', 'analysts', 'Leadership']);
    expect(report.findings.filter((f) => f.ruleId === 'gender-coded.balance')).toEqual([]);
  });

  it('matches starred words as stems and the others as whole words', () => {
    const words = (t: string) => checkText(t, rules).map((f) => f.match);
    expect(words('competitive competence decisions')).toEqual(['competitive', 'competence', 'decisions']);
    expect(words('kindness kinds')).toEqual([]);
    expect(words('kind actively active')).toEqual(['kind', 'active']);
  });

  it('counts a hyphenated stem once, not its parts again', () => {
    const findings = checkText('A self-confident, self-reliant leader.', rules);
    expect(findings.map((f) => f.match)).toEqual(['self-confident', 'self-reliant', 'leader']);
  });

  it.each([
    ['decisive leader', 2, 0, 'slightly-masculine'],
    ['assertive, decisive, competitive leader', 4, 0, 'strongly-masculine'],
    ['assertive, decisive, competitive leader who is warm', 4, 1, 'slightly-masculine'],
    ['supportive, warm, kind, honest and loyal', 0, 5, 'strongly-feminine'],
    ['supportive and warm', 0, 2, 'slightly-feminine'],
    ['a leader', 1, 0, 'neutral'],
    ['', 0, 0, 'neutral'],
  ])('gives "%s" a balance of %i to %i: %s', (purpose, masculine, feminine, verdict) => {
    expect(checkRole(roleWith(purpose), rules).gender).toMatchObject({ masculine, feminine, verdict });
  });

  it('turns a strongly coded balance into one medium finding', () => {
    const report = checkRole(roleWith('assertive, decisive, competitive leader'), rules);
    const balance = report.findings.filter((f) => f.ruleId === 'gender-coded.balance');
    expect(balance.map((f) => [f.severity, f.field, f.reasonKey])).toEqual([
      ['medium', 'description', 'language.reason.genderBalanceMasculine'],
    ]);
    expect(balance[0]?.params).toEqual({ masculine: 4, feminine: 0 });
  });
});
