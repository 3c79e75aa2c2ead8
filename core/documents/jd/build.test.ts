import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { templateRole } from '../../testing/roles.js';
import { TEMPLATES } from '../../project/templates.js';
import { sectionsOf } from '../tree.js';
import { buildJobDescription } from './build.js';

const t = translator('en');
const date = new Date('2026-03-05T12:00:00Z');
const allText = (role = templateRole()) => JSON.stringify(buildJobDescription(role, t, { date }));
const sections = (role = templateRole()) =>
  sectionsOf(buildJobDescription(role, t, { date }).blocks).map(({ heading, blocks }) => ({
    id: heading.section,
    heading: heading.text,
    blocks,
  }));

describe('buildJobDescription', () => {
  it('has every section, in the order of the job-description template', () => {
    const jd = buildJobDescription(templateRole('cxo'), t, { date });
    expect(sections(templateRole('cxo')).map((s) => s.id)).toEqual([
      'company',
      'objective',
      'responsibilities',
      'reporting',
      'background',
      'mustHaves',
      'qualities',
      'niceToHaves',
      'archetypes',
      'metrics',
    ]);
    expect(jd.title).toBe('Chief Experience Officer');
    expect(jd.footer).toMatch(/^Chief Experience Officer · Job description · 5 March 2026$/);
  });

  it.each(TEMPLATES.map((tpl) => tpl.id))('prints no catalogue key or empty text for template %s', (id) => {
    const text = allText(templateRole(id));
    expect(text).not.toMatch(/"(jd|vocab|ui|errors)\.[a-zA-Z.]+"/);
    expect(text).not.toContain('""');
    expect(text).not.toContain('{{');
  });

  it('names the company when given, and describes it', () => {
    const role = templateRole('cxo', (r) => {
      r.company = { name: 'Northwind', industry: 'logistics', size: '250-999', stage: 'scale-up', description: 'We move parcels.' };
    });
    const company = sections(role)[0];
    expect(company?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Northwind is a company in logistics, with 250 to 999 people, at the scale-up stage.',
    });
    expect(company?.blocks[1]).toEqual({ kind: 'paragraph', text: 'We move parcels.' });
    expect(buildJobDescription(role, t, { date }).subtitle).toContain('Northwind');
  });

  it('words the background section by the chosen trade-off', () => {
    const texts = (['internal-leader', 'career-professional', 'open-to-both'] as const).map((choice) =>
      JSON.stringify(sections(templateRole('cxo', (r) => (r.background.choice = choice))).find((s) => s.id === 'background')),
    );
    expect(new Set(texts).size).toBe(3);
    expect(texts[0]).toContain('marketing or operations');
    expect(texts[1]).toContain('career');
  });

  it('uses the other reporting line and the other reason when given', () => {
    const role = templateRole('cxo', (r) => {
      r.context.reportingLine = 'other';
      r.context.reportingLineOther = 'Chief Digital Officer';
      r.context.whyNow = 'other';
      r.context.whyNowDetail = 'We are merging two brands.';
    });
    const text = allText(role);
    expect(text).toContain('The role reports to the Chief Digital Officer.');
    expect(text).toContain('We are merging two brands.');
  });

  it('groups responsibilities by theme, keeping first-seen order', () => {
    const role = templateRole('cxo', (r) => {
      r.responsibilities = [
        { id: 'a', theme: 'B theme', text: 'one', measuredBy: [] },
        { id: 'b', theme: 'A theme', text: 'two', measuredBy: [] },
        { id: 'c', theme: 'B theme', text: 'three', measuredBy: [] },
      ];
    });
    const section = sections(role).find((s) => s.id === 'responsibilities');
    expect(section?.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'B theme' },
      { kind: 'bullets', items: ['one', 'three'] },
      { kind: 'heading', level: 2, text: 'A theme' },
      { kind: 'bullets', items: ['two'] },
    ]);
  });

  it('leaves out a section with nothing in it rather than print a bare heading', () => {
    const role = templateRole('cxo', (r) => {
      r.niceToHaves = [];
      r.objectives.metrics = [];
    });
    const ids = sections(role).map((s) => s.id);
    expect(ids).not.toContain('niceToHaves');
    expect(ids).not.toContain('metrics');
  });
});
