import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../project/templates.js';
import { templateProject } from '../testing/roles.js';
import { builtInRules, checkRole, checkText } from './check.js';
import { isInformational } from './score.js';

const rules = builtInRules('en');
const describeFinding = (f: { ruleId: string; field: string; match: string }) => `${f.ruleId} at ${f.field}: “${f.match}”`;

describe.each(TEMPLATES.map((t) => t.id))('starter template %s', (id) => {
  const template = TEMPLATES.find((t) => t.id === id)!;
  const report = checkRole(templateProject(id).role, rules);

  it('passes clean: no findings beyond gender-coded word hits', () => {
    const faults = report.findings.filter((f) => !isInformational(f));
    expect(faults.map(describeFinding)).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('is at most slightly gender-coded', () => {
    expect(['neutral', 'slightly-masculine', 'slightly-feminine']).toContain(report.gender?.verdict);
  });

  it('reads within the limits', () => {
    expect(report.readability?.formula).toBe('flesch-kincaid');
    expect(report.readability!.value).toBeLessThanOrEqual(14);
    expect(report.words).toBeGreaterThanOrEqual(300);
    expect(report.words).toBeLessThanOrEqual(1200);
    expect(report.passiveShare).toBeLessThanOrEqual(0.2);
  });

  it('suggests nothing the checker would flag once added', () => {
    const { outcomes, responsibilities, niceToHaves } = template.suggestions;
    const texts = [...outcomes, ...responsibilities.map((r) => r.text), ...responsibilities.map((r) => r.theme), ...niceToHaves];
    const faults = texts.flatMap((text) => checkText(text, rules, 'suggestion')).filter((f) => !isInformational(f));
    expect(faults.map(describeFinding)).toEqual([]);
  });
});
