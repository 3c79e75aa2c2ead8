import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../project/templates.js';
import { templateProject } from '../testing/roles.js';
import { buildJobDescription } from '../documents/jd/build.js';
import type { Block } from '../documents/tree.js';
import { translator } from '../i18n/index.js';
import { builtInRules, checkRole, checkText } from './check.js';
import { isInformational } from './score.js';

const rules = builtInRules('en');

/** Every word the job description prints, block by block, as a reader meets it. */
function printedText(id: string): string {
  const jd = buildJobDescription(templateProject(id).role, translator('en'), { date: new Date('2026-11-29') });
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

describe.each(TEMPLATES.map((t) => t.id))('starter template %s', (id) => {
  const template = TEMPLATES.find((t) => t.id === id)!;
  const report = checkRole(templateProject(id).role, rules);

  it('passes clean: no findings beyond gender-coded word hits', () => {
    const faults = report.findings.filter((f) => !isInformational(f));
    expect(faults.map(describeFinding)).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('counts exactly the gender-coded words the job description prints, each once', () => {
    const printed = checkText(printedText(id), rules).filter((f) => f.kind === 'gender');
    const counted = [...report.gender.masculineWords, ...report.gender.feminineWords].sort();
    expect(printed.map((f) => f.match).sort()).toEqual(counted);
    // domain words in the template are printed, and never counted
    expect(printedText(id)).toMatch(/\b(leadership|analytics|responsibilities|response|loyalty)\b/i);
  });

  it('is at most slightly gender-coded', () => {
    expect(['neutral', 'slightly-masculine', 'slightly-feminine']).toContain(report.gender.verdict);
  });

  it('reads within the limits', () => {
    expect(report.readabilityGrade).not.toBeNull();
    expect(report.readabilityGrade!).toBeLessThanOrEqual(14);
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
