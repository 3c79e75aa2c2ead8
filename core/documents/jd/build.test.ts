import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { templateRole } from '../../testing/roles.js';
import { TEMPLATES } from '../../project/templates.js';
import type { RoleDesign } from '../../schema/role.js';
import { sectionsOf } from '../tree.js';
import { buildJobDescription } from './build.js';
import { blankRole } from '../../project/blank.js';

const t = translator('en');
const date = new Date('2026-03-05T12:00:00Z');
const jdOf = (role: RoleDesign) => buildJobDescription(role, t, { date });
const allText = (role = templateRole()) => JSON.stringify(jdOf(role));
const sections = (role = templateRole()) =>
  sectionsOf(jdOf(role).blocks).map(({ heading, blocks }) => ({ id: heading.section, heading: heading.text, blocks }));
const section = (role: RoleDesign, id: string) => sections(role).find((s) => s.id === id);
const texts = (role: RoleDesign, id: string) => JSON.stringify(section(role, id)?.blocks ?? []);
const named = (edit: (r: RoleDesign) => void = () => {}) =>
  templateRole('cxo', (r) => {
    r.company = { name: 'Northwind Traders', industry: 'Specialty retail', size: '1000-4999', stage: 'established', description: '' };
    edit(r);
  });

describe('buildJobDescription', () => {
  it('has every section, in the order of an executive-search brief', () => {
    expect(sections(named()).map((s) => s.id)).toEqual([
      'company',
      'objective',
      'responsibilities',
      'reporting',
      'location',
      'background',
      'mustHaves',
      'qualities',
      'niceToHaves',
      'metrics',
      'pay',
      'apply',
      'equalOpportunity',
    ]);
  });

  it('prints the role, the document and the date in British style on every page, unmarked', () => {
    const { frame, title } = jdOf(named());
    expect(title).toBe('Chief Experience Officer');
    expect(frame.running).toBe('Chief Experience Officer · Job description · 5 March 2026');
    expect(frame.marking).toBeUndefined();
    expect(frame.language).toBe('en-GB');
    expect(frame.pageOf).toEqual(['Page ', { field: 'page' }, ' of ', { field: 'pages' }]);
    expect(frame.properties).toMatchObject({
      title: 'Chief Experience Officer: Job description',
      author: 'Northwind Traders',
      subject: 'The job description for the Chief Experience Officer role at Northwind Traders',
    });
  });

  it.each(TEMPLATES.map((tpl) => tpl.id))('prints no catalogue key, empty text, or internal weight for template %s', (id) => {
    const text = allText(templateRole(id));
    expect(text).not.toMatch(/"(jd|vocab|ui|errors|documents)\.[a-zA-Z.]+"/);
    expect(text).not.toContain('""');
    expect(text).not.toContain('{{');
    // the archetype and rubric weights are internal: they live in the guide and the board pack
    for (const word of ['Practitioner', 'Technologist', 'Data Architect', 'Futurist', 'archetype', 'weight'])
      expect(text).not.toContain(word);
  });

  it('describes the company from its fields alone, in a sentence a person would write', () => {
    const about = (company: RoleDesign['company']) =>
      section(
        templateRole('cxo', (r) => (r.company = company)),
        'company',
      )?.blocks[0];
    expect(
      about({ name: 'Northwind Traders', industry: 'Specialty retail', size: '1000-4999', stage: 'established', description: '' }),
    ).toEqual({
      kind: 'paragraph',
      text: 'Northwind Traders is an established company in specialty retail, with 1,000 to 4,999 people.',
    });
    expect(about({ name: '', industry: 'B2B SaaS', size: 'under-50', stage: 'startup', description: '' })).toMatchObject({
      text: 'We are a start-up in B2B SaaS, with fewer than 50 people.',
    });
    expect(about({ name: 'Acme', industry: 'Logistics', size: '5000-plus', stage: 'transformation', description: '' })).toMatchObject({
      text: 'Acme is a company in logistics, with 5,000 people or more, going through a transformation.',
    });
    const whyNow = t('jd.whyNow.new-leadership');
    expect(texts(named(), 'company')).not.toContain(whyNow);
    expect(texts(named(), 'objective')).toContain(whyNow);
  });

  it('words the background by the chosen path and by the role’s scope', () => {
    const background = (choice: RoleDesign['background']['choice'], scope: RoleDesign['context']['scope']) =>
      texts(
        templateRole('cxo', (r) => {
          r.background.choice = choice;
          r.context.scope = scope;
        }),
        'background',
      );
    const choices = ['internal-leader', 'career-professional', 'open-to-both'] as const;
    expect(new Set(choices.map((c) => background(c, 'cx-and-ex'))).size).toBe(3);
    expect(background('internal-leader', 'ex')).toContain('HR or operations');
    expect(background('career-professional', 'ex')).toContain('career employee-experience professional');
    expect(background('internal-leader', 'cx')).toContain('marketing, sales or operations');
    expect(texts(templateRole('cpo-ex'), 'reporting')).toContain('It owns the experience of our employees');
    expect(texts(templateRole('culture'), 'reporting')).not.toContain('customer experience and the employee experience');
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

  it('states the scope in figures only as far as they are given', () => {
    const figures = (f: RoleDesign['context']['figures']) =>
      texts(
        templateRole('cxo', (r) => (r.context.figures = f)),
        'reporting',
      );
    expect(figures({ teamSize: 1200, budget: 'An annual budget of £12 million', regions: 'the United Kingdom and Ireland' })).toContain(
      'The role is responsible for a team of 1,200 people and an annual budget of £12 million, across the United Kingdom and Ireland.',
    );
    expect(figures({ teamSize: 1, budget: '', regions: '' })).toContain('The role is responsible for a team of 1 person.');
    expect(figures({ teamSize: null, budget: '', regions: 'Europe' })).toContain('The role covers Europe.');
    expect(figures({ teamSize: null, budget: '', regions: '' })).not.toContain('responsible for');
  });

  it('says where the work is done, in every combination of place and work model', () => {
    const where = (location: string, workModel: RoleDesign['position']['workModel']) =>
      section(
        templateRole('cxo', (r) => (r.position = { location, workModel, workModelDetail: '' })),
        'location',
      )?.blocks;
    expect(where('Leeds', 'hybrid')).toEqual([
      {
        kind: 'paragraph',
        text: 'The role is based in Leeds, on a hybrid pattern: time in the office combined with time working from home.',
      },
    ]);
    expect(where('the Netherlands', 'remote')?.[0]).toMatchObject({
      text: 'This is a remote role, open to candidates living in the Netherlands.',
    });
    expect(where('', 'on-site')?.[0]).toMatchObject({ text: 'This is an on-site role.' });
    expect(where('Leeds', 'unspecified')?.[0]).toMatchObject({ text: 'The role is based in Leeds.' });
    expect(where('', 'unspecified')).toBeUndefined();
  });

  it('states the pay as a range in the role’s locale, or when it will be given, with the benefits', () => {
    const pay = (offer: Partial<RoleDesign['offer']>) =>
      texts(
        templateRole('cxo', (r) => (r.offer = { ...r.offer, ...offer })),
        'pay',
      );
    expect(pay({ disclosure: 'range', currency: 'GBP', minimum: 180000, maximum: 220000, period: 'year' })).toContain(
      'The base salary is £180,000 to £220,000 a year.',
    );
    expect(pay({ disclosure: 'range', currency: 'EUR', minimum: 15000, maximum: 15000, period: 'month' })).toContain(
      'The base salary is €15,000 a month.',
    );
    expect(pay({ disclosure: 'before-interview' })).toContain(
      'We will tell you the salary range for this role before your first interview.',
    );
    expect(pay({})).toContain('Private medical cover for you and your family');
    const none = templateRole('cxo', (r) => (r.offer = { ...r.offer, disclosure: 'not-stated', benefits: [] }));
    expect(section(none, 'pay')).toBeUndefined();
  });

  it('says how to apply, to whom, by when and what happens next, with a contact for adjustments', () => {
    const apply = (edit: Partial<RoleDesign['application']>) =>
      texts(
        templateRole('cco', (r) => (r.application = { ...r.application, ...edit })),
        'apply',
      );
    const full = apply({ contact: 'Sam Patel, Head of Talent (sam.patel@example.com)', deadline: '2027-01-15' });
    expect(full).toContain('first 90 days as our Chief Customer Officer');
    expect(full).toContain('Send your application to Sam Patel, Head of Talent (sam.patel@example.com).');
    expect(full).toContain('The closing date for applications is 15 January 2027.');
    expect(full).toContain('We reply to every applicant within ten working days');
    expect(full).toContain('please tell Sam Patel, Head of Talent (sam.patel@example.com).');
    expect(apply({ contact: 'Sam', adjustmentsContact: 'Jo Lee (adjustments@example.com)' })).toContain('please tell Jo Lee');
    expect(apply({})).toContain('There is no fixed closing date');
    expect(apply({})).toContain('please tell us.');
    const none = templateRole('cxo', (r) => (r.application = { ...r.application, method: '', contact: '' }));
    expect(section(none, 'apply')).toBeUndefined();
  });

  it('groups responsibilities by theme, keeping first-seen order', () => {
    const role = templateRole('cxo', (r) => {
      r.responsibilities = [
        { id: 'a', theme: 'B theme', text: 'one', measuredBy: [] },
        { id: 'b', theme: 'A theme', text: 'two', measuredBy: [] },
        { id: 'c', theme: 'B theme', text: 'three', measuredBy: [] },
      ];
    });
    expect(section(role, 'responsibilities')?.blocks).toEqual([
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
      r.application.equalOpportunity = '';
    });
    const ids = sections(role).map((s) => s.id);
    expect(ids).not.toContain('niceToHaves');
    expect(ids).not.toContain('metrics');
    expect(ids).not.toContain('equalOpportunity');
  });

  it('claims no seat and no teams for a role nobody has placed yet, and says both once it is placed', () => {
    expect(section(blankRole(), 'reporting')).toBeUndefined();
    const placed = blankRole();
    placed.context.reportingLine = 'ceo';
    expect(texts(placed, 'reporting')).toContain(t('jd.reporting.noBoardSeat'));
    expect(texts(placed, 'reporting')).toContain(t('jd.reporting.noTeams'));
    const seated = blankRole();
    seated.context.executiveBoardSeat = true;
    expect(texts(seated, 'reporting')).toContain(t('jd.reporting.boardSeat'));
    expect(texts(seated, 'reporting')).not.toContain(t('jd.reporting.noTeams'));
  });
});
