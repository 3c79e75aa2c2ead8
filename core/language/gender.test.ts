import { describe, expect, it } from 'vitest';
import { builtInRules, checkRole, checkText } from './check.js';
import { blankRole } from '../testing/blank-role.js';

const rules = builtInRules('en');

const roleWith = (purpose: string) => blankRole((r) => (r.objectives.purpose = purpose));

describe('gender-coded words (Gaucher, Friesen and Kay, 2011)', () => {
  const text =
    'We are an ambitious, supportive team. You will lead analysts and build trust with warm, honest colleagues. Leadership matters.';

  it('finds each coded word as a low, informational finding, leaving out domain words', () => {
    const findings = checkText(text, rules).filter((f) => f.kind === 'gender');
    // "analysts" and "Leadership" name a job and a function, not a trait: the stems analy* and lead* skip them
    expect(findings.map((f) => [f.ruleId, f.match])).toEqual([
      ['gender-coded.masculine', 'ambitious'],
      ['gender-coded.feminine', 'supportive'],
      ['gender-coded.masculine', 'lead'],
      ['gender-coded.feminine', 'trust'],
      ['gender-coded.feminine', 'warm'],
      ['gender-coded.feminine', 'honest'],
    ]);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['low']));
    expect(findings[0]?.reasonKey).toBe('language.reason.genderMasculine');
  });

  it('reports the balance of a known text, and a feminine lead costs nothing', () => {
    const report = checkRole(roleWith(text), rules);
    expect(report.gender).toMatchObject({ masculine: 2, feminine: 4, verdict: 'slightly-feminine' });
    expect(report.gender?.masculineWords).toEqual(['ambitious', 'lead']);
    expect(report.findings.filter((f) => f.ruleId === 'gender-coded.balance')).toEqual([]);
    expect(report.score).toBe(checkRole(blankRole(), rules).score); // only what the blank role already costs (its length)
  });

  it('never counts the domain words a published stem would catch', () => {
    const words = (t: string) => checkText(t, rules).map((f) => f.match);
    const domain =
      'Analytics, analysts and the analyst team; leadership; our response and responses; responsibilities and responsible for; ' +
      'core competencies and competence; the audit committee; customer loyalty.';
    expect(words(domain)).toEqual([]);
    // the traits the paper coded still count
    expect(words('analytical, a leader who leads, responsive and loyal, competitive and committed')).toEqual([
      'analytical',
      'leader',
      'leads',
      'responsive',
      'loyal',
      'competitive',
      'committed',
    ]);
  });

  it('matches starred words as stems and the others as whole words', () => {
    const words = (t: string) => checkText(t, rules).map((f) => f.match);
    expect(words('competitive competitor decisions')).toEqual(['competitive', 'competitor', 'decisions']);
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
    ['analytics leadership response responsibilities', 0, 0, 'neutral'],
    ['supportive and warm', 0, 2, 'slightly-feminine'],
    ['a leader', 1, 0, 'neutral'],
    ['', 0, 0, 'neutral'],
  ])('gives "%s" a balance of %i to %i: %s', (purpose, masculine, feminine, verdict) => {
    expect(checkRole(roleWith(purpose), rules).gender).toMatchObject({ masculine, feminine, verdict });
  });

  it('costs nothing for a strongly feminine balance: the study found no harm in feminine-coded wording', () => {
    const report = checkRole(roleWith('supportive, warm, kind, honest and loyal'), rules);
    expect(report.gender?.verdict).toBe('strongly-feminine');
    expect(report.findings.filter((f) => f.kind === 'gender' && f.severity !== 'low')).toEqual([]);
    expect(report.score).toBe(checkRole(blankRole(), rules).score); // only what the blank role already costs (its length)
  });

  it('counts a responsibility theme once, as the job description prints it once over its group', () => {
    const role = blankRole((r) => {
      r.responsibilities = ['a', 'b', 'c'].map((id) => ({ id, theme: 'Decisive change', text: 'Run the programme.', measuredBy: [] }));
    });
    expect(checkRole(role, rules).gender).toMatchObject({ masculine: 1, masculineWords: ['Decisive'] });
  });

  it('turns a strongly masculine balance into one medium finding', () => {
    const report = checkRole(roleWith('assertive, decisive, competitive leader'), rules);
    const balance = report.findings.filter((f) => f.ruleId === 'gender-coded.balance');
    expect(balance.map((f) => [f.severity, f.field, f.reasonKey])).toEqual([
      ['medium', 'description', 'language.reason.genderBalanceMasculine'],
    ]);
    expect(balance[0]?.params).toEqual({ masculine: 4, feminine: 0 });
  });
});
