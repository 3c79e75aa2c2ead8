import { describe, expect, it } from 'vitest';
import { templateRole } from '../testing/roles.js';
import { builtInRules, checkRole } from './check.js';
import { PENALTY } from './score.js';

const rules = builtInRules('en');
const withJargon = () =>
  templateRole('cxo', (r) => {
    r.responsibilities[2]!.text = 'Be our customer ninja and experience guru.';
    r.mustHaves[0]!.text = 'A digital native with deep knowledge of experience practice';
  });

describe('checkRole', () => {
  it('names each finding by the item id, and the span is that field’s text', () => {
    const role = withJargon();
    const report = checkRole(role, rules);
    const jargon = report.findings.filter((f) => f.kind === 'jargon');
    expect(jargon.map((f) => [f.field, f.match])).toEqual([
      ['responsibilities.r-strategy.text', 'ninja'],
      ['responsibilities.r-strategy.text', 'guru'],
    ]);
    const ageist = report.findings.find((f) => f.ruleId === 'ageist.digital-native');
    expect(ageist?.field).toBe('mustHaves.mh-cx-practice');
    expect(role.mustHaves[0]!.text.slice(ageist!.start, ageist!.end)).toBe('digital native');
  });

  it('checks every text field the job description prints, and only those', () => {
    const everywhere = (reportingLine: 'other' | 'ceo') =>
      templateRole('cxo', (r) => {
        r.title = 'Ninja';
        r.company = { ...r.company, name: 'Ninja Ltd', industry: 'ninja', description: 'ninja' };
        r.context = {
          ...r.context,
          whyNowDetail: 'ninja',
          reportingLine,
          reportingLineOther: 'ninja',
          teams: ['other'],
          teamsOther: 'ninja',
        };
        r.objectives.purpose = 'ninja';
        r.objectives.outcomes = [{ id: 'o-1', text: 'ninja' }];
        r.objectives.metrics = [{ id: 'm-1', metric: 'nps', customName: 'ninja', current: 'ninja', target: 'ninja' }];
        r.responsibilities = [{ id: 'r-1', theme: 'ninja', text: 'ninja', measuredBy: ['o-1'] }];
        r.mustHaves = [{ id: 'mh-1', text: 'ninja' }];
        r.qualities = [{ id: 'q-1', text: 'ninja' }];
        r.niceToHaves = [{ id: 'nh-1', text: 'ninja' }];
      });
    const fields = (role: ReturnType<typeof everywhere>) =>
      checkRole(role, rules)
        .findings.filter((f) => f.kind === 'jargon')
        .map((f) => f.field);
    expect(fields(everywhere('other'))).toEqual([
      'title',
      'company.industry',
      'company.description',
      'context.whyNowDetail',
      'context.reportingLineOther',
      'context.teamsOther',
      'objectives.purpose',
      'objectives.outcomes.o-1',
      'objectives.metrics.m-1.current',
      'objectives.metrics.m-1.target',
      'responsibilities.r-1.theme',
      'responsibilities.r-1.text',
      'mustHaves.mh-1',
      'qualities.q-1',
      'niceToHaves.nh-1',
    ]);
    expect(fields(everywhere('ceo'))).not.toContain('context.reportingLineOther');
  });

  it('keeps finding ids when the items are reordered', () => {
    const before = checkRole(withJargon(), rules).findings.map((f) => f.id);
    const reordered = withJargon();
    reordered.responsibilities.reverse();
    reordered.mustHaves.reverse();
    expect(new Set(checkRole(reordered, rules).findings.map((f) => f.id))).toEqual(new Set(before));
  });

  it('counts by kind and scores by the documented formula', () => {
    const report = checkRole(withJargon(), rules);
    expect(report.byKind).toMatchObject({ jargon: 2, exclusionary: 1, clarity: 0, credibility: 0 });
    expect(report.byKind.gender).toBe(report.findings.filter((f) => f.kind === 'gender').length);
    expect(report.score).toBe(100 - 2 * PENALTY.medium - PENALTY.high);
    expect(report.words).toBeGreaterThan(300);
  });

  it('leaves dismissed findings out of the findings, the counts and the score', () => {
    const first = checkRole(withJargon(), rules);
    const ninja = first.findings.find((f) => f.match === 'ninja')!;
    const report = checkRole(withJargon(), rules, [ninja.id]);
    expect(report.findings.map((f) => f.id)).not.toContain(ninja.id);
    expect(report.byKind.jargon).toBe(1);
    expect(report.score).toBe(first.score! + PENALTY.medium);
    expect(report.gender).toEqual(first.gender);
  });

  it('never scores below zero', () => {
    const role = templateRole('cxo', (r) => {
      for (const item of [...r.mustHaves, ...r.qualities]) item.text = 'Young rockstar ninja, a digital native and able to lift.';
    });
    expect(checkRole(role, rules).score).toBe(0);
  });

  it('gives the same report on a second run, from the cache', () => {
    const role = withJargon();
    expect(checkRole(role, rules)).toEqual(checkRole(role, rules));
  });
});
