import { describe, expect, it } from 'vitest';
import { buildJobDescription } from '../documents/jd/build.js';
import type { Block } from '../documents/tree.js';
import { translator } from '../i18n/index.js';
import { projectFromTemplate } from '../project/from-template.js';
import { EDITIONS } from '../project/templates.js';
import type { RoleDesign } from '../schema/role.js';
import { checkRole, checkText, rulesFor } from './check.js';
import { isInformational } from './score.js';

/** Every word the job description prints, block by block, as a reader meets it. */
function printedText(role: RoleDesign): string {
  const jd = buildJobDescription(role, translator(role.locale), { date: new Date('2026-11-29') });
  const cell = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
  const texts = (b: Block): string[] => {
    switch (b.kind) {
      case 'bullets':
        return [...b.items];
      case 'table':
        return [...b.header, ...b.rows.flat()].map(cell);
      case 'heading':
      case 'paragraph':
        return [b.text];
      default:
        return [];
    }
  };
  return [jd.title, jd.subtitle, ...jd.blocks.flatMap(texts)].join('\n');
}

const describeFinding = (f: { ruleId: string; field: string; match: string }) => `${f.ruleId} at ${f.field}: “${f.match}”`;

// every edition of every template, each under the checker of its own language
describe.each(EDITIONS.map((t) => [t.id, t.locale] as const))('starter template %s (%s)', (id, locale) => {
  const template = EDITIONS.find((t) => t.id === id && t.locale === locale)!;
  const rules = rulesFor(locale)!;
  const report = checkRole(projectFromTemplate(template).role, rules);

  it('is checked by rules of its own language', () => {
    expect(report.hasRules).toBe(true);
    expect(report.language).toBe(locale);
  });

  it('passes clean: no findings beyond gender-coded word hits', () => {
    const faults = report.findings.filter((f) => !isInformational(f));
    expect(faults.map(describeFinding)).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('counts exactly the gender-coded words the job description prints, each once, where the language counts them', () => {
    if (!report.gender) return;
    const role = projectFromTemplate(template).role;
    const printed = checkText(printedText(role), rules).filter((f) => f.kind === 'gender');
    const counted = [...report.gender.masculineWords, ...report.gender.feminineWords].sort();
    expect(printed.map((f) => f.match).sort()).toEqual(counted);
    // domain words in the template are printed, and never counted
    expect(printedText(role)).toMatch(/\b(leadership|analytics|responsibilities|response|loyalty)\b/i);
  });

  it('is at most slightly gender-coded, where the language counts it', () => {
    if (report.gender) expect(['neutral', 'slightly-masculine', 'slightly-feminine']).toContain(report.gender.verdict);
  });

  it('reads within the limits of its language', () => {
    const measure = rules.thresholds.readability;
    if (measure.formula === 'flesch-kincaid') expect(report.readability!.value).toBeLessThanOrEqual(measure.limits.maxGrade);
    else if (measure.formula !== 'none') expect(report.readability!.value).toBeGreaterThanOrEqual(measure.limits.minScore);
    expect(report.words).toBeGreaterThanOrEqual(300);
    expect(report.words).toBeLessThanOrEqual(1200);
    if (report.passiveShare !== null) expect(report.passiveShare).toBeLessThanOrEqual(0.2);
  });

  it('suggests nothing the checker would flag once added', () => {
    const { outcomes, responsibilities, niceToHaves } = template.suggestions;
    const texts = [...outcomes, ...responsibilities.map((r) => r.text), ...responsibilities.map((r) => r.theme), ...niceToHaves];
    const faults = texts.flatMap((text) => checkText(text, rules, 'suggestion')).filter((f) => !isInformational(f));
    expect(faults.map(describeFinding)).toEqual([]);
  });
});
