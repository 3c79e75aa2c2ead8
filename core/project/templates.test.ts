import { describe, it, expect } from 'vitest';
import cxoJson from '../../templates/cxo.json' with { type: 'json' };
import ccoJson from '../../templates/cco.json' with { type: 'json' };
import cultureJson from '../../templates/culture.json' with { type: 'json' };
import cpoExJson from '../../templates/cpo-ex.json' with { type: 'json' };
import rubricContent from '../i18n/en/rubric-content.json' with { type: 'json' };
import { translator } from '../i18n/index.js';
import { ARCHETYPES } from '../role/vocabulary.js';
import { Template } from '../schema/project.js';
import { validate } from '../schema/validator.js';
import { checkProject } from '../formats/project.js';
import { archetypeTotal } from '../role/archetypes.js';
import { findTemplate, TEMPLATES, templateSummaries } from './templates.js';
import { projectFromTemplate } from './from-template.js';

/** The raw files, as imported, so schema checks see exactly what ships. */
const RAW: Record<string, unknown> = { cxo: cxoJson, cco: ccoJson, culture: cultureJson, 'cpo-ex': cpoExJson };

const PLACEHOLDER = /\b(TBD|XXX|lorem|TODO)\b|\[insert|<.+>/i;

/** The example objective of the job-description template in Medallia (2024), as three separate outcomes. */
const THREE_GOALS: { name: string; test: (s: string) => boolean }[] = [
  { name: 'revenue growth', test: (s) => /\brevenue\b/i.test(s) },
  { name: 'efficiency and operating cost', test: (s) => /efficien/i.test(s) && /operating cost/i.test(s) },
  { name: 'organisational culture', test: (s) => /organisational culture/i.test(s) },
];

function allIds(t: Template): string[] {
  const r = t.role;
  return [
    ...r.objectives.outcomes.map((o) => o.id),
    ...r.objectives.metrics.map((m) => m.id),
    ...r.responsibilities.map((x) => x.id),
    ...r.mustHaves.map((x) => x.id),
    ...r.qualities.map((x) => x.id),
    ...r.niceToHaves.map((x) => x.id),
  ];
}

describe('template registry', () => {
  it('holds exactly the four starter templates', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['cxo', 'cco', 'culture', 'cpo-ex']);
  });

  it('finds templates by id and returns undefined for unknown ids', () => {
    expect(findTemplate('cco')?.abbreviation).toBe('CCO');
    expect(findTemplate('nope')).toBeUndefined();
  });

  it('summarises each template for the Start screen', () => {
    const summaries = templateSummaries();
    expect(summaries.map((s) => s.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const s of summaries) {
      expect(Object.keys(s).sort()).toEqual(['abbreviation', 'id', 'locale', 'title', 'whenToChoose']);
    }
  });

  it('gives each project its own copy of the role', () => {
    const t = TEMPLATES[0]!;
    const a = projectFromTemplate(t);
    const b = projectFromTemplate(t);
    a.role.title = 'Changed';
    a.role.mustHaves.pop();
    expect(b.role.title).toBe(t.role.title);
    expect(t.role.mustHaves).toHaveLength(7);
    expect(Object.isFrozen(t.role.mustHaves)).toBe(true);
  });
});

describe.each(Object.keys(RAW))('template %s', (id) => {
  const raw = RAW[id];
  const t = findTemplate(id)!;

  it('validates against the Template schema', () => {
    const result = validate(Template, raw);
    const problems = result.valid ? [] : result.fields.map((f) => `${f.field}: ${f.code} ${JSON.stringify(f.params ?? {})}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('is registered under its own id, with a matching role', () => {
    expect(t).toBeDefined();
    expect(t.id).toBe(id);
    expect(t.role.templateId).toBe(id);
    expect(t.locale).toBe('en');
    expect(t.role.locale).toBe('en');
    expect(t.reportingLineOptions).toContain(t.role.context.reportingLine);
  });

  it('seeds a project that passes checkProject, archetypes included', () => {
    const result = checkProject(projectFromTemplate(t));
    const detail = result.ok ? '' : JSON.stringify(result.problem, null, 2);
    expect(result.ok, detail).toBe(true);
    expect(archetypeTotal(t.role.archetypes)).toBe(100);
  });

  it('never invents a company', () => {
    const c = t.role.company;
    expect([c.name, c.industry, c.description]).toEqual(['', '', '']);
    expect([c.size, c.stage]).toEqual(['unspecified', 'unspecified']);
  });

  it('uses unique ids within the template', () => {
    const ids = allIds(t);
    const dupes = ids.filter((x, i) => ids.indexOf(x) !== i);
    expect(dupes, `duplicate ids: ${dupes.join(', ')}`).toEqual([]);
  });

  it('links every responsibility to outcomes or metrics of this role', () => {
    const measures = new Set([...t.role.objectives.outcomes, ...t.role.objectives.metrics].map((x) => x.id));
    for (const r of t.role.responsibilities) {
      expect(r.measuredBy.length, `${r.id} is measured by nothing`).toBeGreaterThan(0);
      const unknown = r.measuredBy.filter((m) => !measures.has(m));
      expect(unknown, `${r.id} names unknown ids`).toEqual([]);
    }
  });

  it('has the shape the brief asks for', () => {
    const r = t.role;
    expect(r.mustHaves).toHaveLength(7);
    expect(r.qualities).toHaveLength(5);
    expect(r.objectives.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(r.objectives.outcomes.length).toBeLessThanOrEqual(5);
    expect(r.objectives.metrics.length).toBeGreaterThanOrEqual(4);
    expect(r.objectives.metrics.length).toBeLessThanOrEqual(6);
    expect(r.responsibilities.length).toBeGreaterThanOrEqual(8);
    expect(r.responsibilities.length).toBeLessThanOrEqual(12);
    const themes = new Set(r.responsibilities.map((x) => x.theme));
    expect(themes.size).toBeGreaterThanOrEqual(3);
    expect(themes.size).toBeLessThanOrEqual(5);
    expect(r.niceToHaves.length).toBeGreaterThanOrEqual(2);
    expect(r.niceToHaves.length).toBeLessThanOrEqual(4);
    expect(r.background.choice).toBe('open-to-both');
    expect(r.context.executiveBoardSeat).toBe(true);
    expect(r.objectives.purpose.length).toBeGreaterThan(0);
    for (const m of r.objectives.metrics) {
      expect(m.metric, `${m.id} should use the vocabulary`).not.toBe('custom');
      expect(m.current.trim(), `${m.id} current`).not.toBe('');
      expect(m.target.trim(), `${m.id} target`).not.toBe('');
    }
  });

  it('suggests the three-goal example objective as three separate outcomes', () => {
    const outcomes = t.suggestions.outcomes;
    const hits = THREE_GOALS.map((g) => outcomes.findIndex(g.test));
    THREE_GOALS.forEach((g, i) => expect(hits[i], `missing suggestion: ${g.name}`).toBeGreaterThanOrEqual(0));
    expect(new Set(hits).size, 'the three goals must be separate outcomes').toBe(3);
  });

  it('has rubric content for exactly its must-haves and qualities', () => {
    const ids = [...t.role.mustHaves, ...t.role.qualities].map((x) => x.id);
    const keys = Object.keys(t.rubric);
    expect(
      keys.filter((k) => !ids.includes(k)),
      'rubric entries for unknown ids',
    ).toEqual([]);
    expect(
      ids.filter((k) => !keys.includes(k)),
      'must-haves or qualities without rubric content',
    ).toEqual([]);
    expect(keys).toHaveLength(12);
  });

  it('gives every rubric entry three anchors, two or three questions and the evidence to listen for', () => {
    for (const [key, c] of Object.entries(t.rubric)) {
      for (const level of ['low', 'mid', 'high'] as const) expect(c.anchors[level].trim(), `${key} anchors.${level}`).not.toBe('');
      expect(c.questions.length, `${key} questions`).toBeGreaterThanOrEqual(2);
      expect(c.questions.length, `${key} questions`).toBeLessThanOrEqual(3);
      expect(new Set(c.questions).size, `${key} repeats a question`).toBe(c.questions.length);
      expect(c.evidence.trim(), `${key} evidence`).not.toBe('');
    }
  });

  it('probes both sides of the background trade-off', () => {
    const leanings = new Set(Object.values(t.rubric).map((c) => c.leaning));
    expect(leanings).toContain('business');
    expect(leanings).toContain('practice');
    expect(t.rubric['mh-business']?.leaning).toBe('business');
    expect(t.rubric['mh-financial-link']?.leaning).toBe('business');
  });

  it('contains no placeholder markers', () => {
    const text = JSON.stringify(raw, null, 2);
    const hit = PLACEHOLDER.exec(text);
    expect(hit?.[0], `placeholder found: ${hit?.[0]}`).toBeUndefined();
  });
});

describe('CXO template', () => {
  it('owns customer and employee experience', () => {
    expect(findTemplate('cxo')?.role.context.scope).toBe('cx-and-ex');
    expect(findTemplate('cco')?.role.context.scope).toBe('cx');
  });

  it('offers the three-goal example among its suggestions', () => {
    const outcomes = findTemplate('cxo')!.suggestions.outcomes;
    for (const g of THREE_GOALS) expect(outcomes.some(g.test), g.name).toBe(true);
  });
});

describe('rubric content catalogue', () => {
  type Content = { anchors: Record<'low' | 'mid' | 'high', string>; questions: string[]; evidence: string };
  const archetypes = rubricContent.archetype as Record<string, Content>;
  const generic: Content = rubricContent.generic;
  const strings = (c: Content) => [c.anchors.low, c.anchors.mid, c.anchors.high, ...c.questions, c.evidence];

  it('holds exactly the four archetypes and the generic entry', () => {
    expect(Object.keys(rubricContent).sort()).toEqual(['archetype', 'generic']);
    expect(Object.keys(archetypes).sort()).toEqual([...ARCHETYPES].sort());
  });

  it.each([...ARCHETYPES])('gives the %s archetype anchors, two or three questions and evidence', (a) => {
    const c = archetypes[a]!;
    expect(Object.keys(c.anchors).sort()).toEqual(['high', 'low', 'mid']);
    expect(c.questions.length).toBeGreaterThanOrEqual(2);
    expect(c.questions.length).toBeLessThanOrEqual(3);
    for (const s of strings(c)) expect(s.trim()).not.toBe('');
    expect(strings(c).join(' '), 'only generic strings interpolate').not.toMatch(/\{\{/);
  });

  it('names the criterion in every generic string, with no other interpolation', () => {
    expect(generic.questions.length).toBeGreaterThanOrEqual(2);
    expect(generic.questions.length).toBeLessThanOrEqual(3);
    for (const s of strings(generic)) {
      expect(s, s).toContain('{{title}}');
      expect(s.match(/\{\{[^}]*\}\}/g)?.filter((x) => x !== '{{title}}') ?? [], s).toEqual([]);
    }
  });

  it('fits the rubric limits and reads well once interpolated', () => {
    for (const c of [...Object.values(archetypes), generic]) {
      for (const s of [c.anchors.low, c.anchors.mid, c.anchors.high]) expect(s.length).toBeLessThanOrEqual(600);
      for (const q of c.questions) expect(q.length).toBeLessThanOrEqual(500);
      expect(c.evidence.length).toBeLessThanOrEqual(1000);
    }
    const t = translator('en');
    const low = t('rubricContent.generic.anchors.low', { title: 'fluent Spanish' });
    expect(low).toContain('fluent Spanish');
    expect(low).not.toContain('{{');
    expect(t('rubricContent.archetype.futurist.questions.0')).toBe(archetypes.futurist!.questions[0]);
  });
});
