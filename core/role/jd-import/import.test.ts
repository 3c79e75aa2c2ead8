import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../formats/project.js';
import { projectFromRole } from '../../project/blank.js';
import { roleFromJobDescription } from './import.js';

let counter = 0;
const options = { defaultTheme: 'Leadership', newId: (prefix: string) => `${prefix}-${(counter += 1)}` };
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);

describe('a pasted job description, placed onto a role', () => {
  it('reads a classic JD: title, company, prose, • - * and numbered lists, a wrapped bullet, benefits kept aside', () => {
    const { role, unplaced } = roleFromJobDescription(fixture('classic.txt'), options);
    expect(role.title).toBe('Chief Customer Experience Officer');
    expect(role.company.name).toBe('Northwind Energy');
    expect(role.company.description).toMatch(/^Northwind Energy supplies gas/);
    expect(role.objectives.purpose).toMatch(/^You will own the end-to-end experience/);
    expect(texts(role.responsibilities)).toEqual([
      'Set the customer experience strategy and the roadmap that delivers it',
      'Build and lead a team of 40 across research, design and analytics',
      'Own the voice-of-the-customer programme and turn what it hears into change across billing, metering and support',
      'Report experience measures to the board every quarter',
    ]);
    // "Key Responsibilities" is the section, not a theme: the app's default theme stands in
    expect(role.responsibilities.every((r) => r.theme === 'Leadership')).toBe(true);
    expect(texts(role.mustHaves)).toHaveLength(3);
    expect(texts(role.qualities)).toEqual(['Influence without authority', 'Calm under pressure and comfortable with ambiguity']);
    expect(texts(role.niceToHaves)).toEqual(['Experience in the energy sector', 'A degree in a quantitative subject']);
    expect(unplaced).toBe("What we offer\n- 30 days' holiday\n- Hybrid working from Leeds");
  });

  it('reads headings in capitals with other words, numbered items "1)" and lettered "a)", and outcomes', () => {
    const { role, unplaced } = roleFromJobDescription(fixture('shouting.txt'), options);
    expect(role.title).toBe('HEAD OF CUSTOMER EXPERIENCE');
    expect(role.objectives.purpose).toMatch(/^We are looking for a leader/);
    expect(texts(role.responsibilities)).toEqual([
      'Define how we measure experience across every channel',
      'Partner with the COO on the contact-centre transformation',
      'Lead journey mapping for our five biggest journeys',
    ]);
    expect(texts(role.objectives.outcomes)).toEqual([
      'Complaints down 30% by the end of year one',
      'Customer effort score above 4.2 within 18 months',
    ]);
    expect(texts(role.mustHaves)).toEqual(['Eight years leading CX or service design teams', 'Fluent in journey analytics']);
    expect(texts(role.niceToHaves)).toEqual(['MBA or equivalent', 'Experience with Salesforce Service Cloud']);
    expect(unplaced).toContain('HOW TO APPLY\n- Send your CV');
  });

  it('reads Markdown, with sub-headings inside Responsibilities as themes', () => {
    const { role } = roleFromJobDescription(fixture('markdown.md'), options);
    expect(role.title).toBe('Chief Experience Officer');
    expect(role.objectives.purpose).toMatch(/^Acme Bank is hiring/);
    expect(role.responsibilities.map((r) => r.theme)).toEqual(['Strategy', 'Strategy', 'Team', 'Team']);
    expect(texts(role.mustHaves)).toHaveLength(2);
    expect(texts(role.niceToHaves)).toEqual(['Published work on customer experience']);
  });

  it('places lines by their words when the text has no headings at all, and keeps the rest', () => {
    const { role, unplaced } = roleFromJobDescription(fixture('no-headings.txt'), options);
    expect(role.title).toBe('Director of Member Experience');
    expect(role.objectives.purpose).toMatch(/^Our credit union serves 80,000 members/);
    expect(texts(role.responsibilities)).toHaveLength(3);
    expect(role.responsibilities[0]!.theme).toBe('Leadership');
    expect(texts(role.mustHaves)).toHaveLength(2);
    expect(texts(role.niceToHaves)).toEqual(['Knowledge of Spanish is a plus.']);
    expect(unplaced).toBe('- We love dogs in the office.');
  });

  it('splits "Theme: text" items, keeps what is past a list’s limit, and invents nothing from empty text', () => {
    const many = Array.from({ length: 25 }, (_, i) => `- Must-have number ${i + 1}`).join('\n');
    const { role, unplaced } = roleFromJobDescription(`Requirements\n${many}\n\nResponsibilities\n- Strategy: Set the vision`, options);
    expect(role.mustHaves).toHaveLength(20);
    expect(unplaced.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(5);
    expect(role.responsibilities[0]).toMatchObject({ theme: 'Strategy', text: 'Set the vision' });
    const empty = roleFromJobDescription('   \n\n', options);
    expect(empty.placed).toBe(0);
    expect(empty.unplaced).toBe('');
    expect(empty.role.title).toBe('');
  });

  it('reads an Italian JD: "Azienda:", "Chi siamo", "Requisiti", "Competenze trasversali", "Costituisce titolo preferenziale"', () => {
    const { role, unplaced } = roleFromJobDescription(fixture('italian.txt'), { ...options, locale: 'it' });
    expect(role.title).toBe('Chief Customer Officer (m/f)');
    expect(role.company.name).toBe('Officine Rossi S.p.A.');
    expect(role.company.description).toMatch(/^Officine Rossi progetta/);
    expect(role.objectives.purpose).toMatch(/^La persona che cerchiamo/);
    expect(texts(role.responsibilities)).toHaveLength(3);
    expect(texts(role.objectives.outcomes)).toEqual(['Ridurre i reclami del 30% entro il primo anno']);
    expect(texts(role.mustHaves)).toHaveLength(2);
    expect(texts(role.qualities)).toEqual(['Capacità di influenza senza autorità gerarchica', 'Ascolto e collaborazione']);
    expect(texts(role.niceToHaves)).toEqual(['Esperienza nel settore ferroviario']);
    expect(unplaced).toBe('Cosa offriamo\n- Contratto da dirigente\n- Auto aziendale');
  });

  it.each(['classic.txt', 'shouting.txt', 'markdown.md', 'no-headings.txt', 'italian.txt'])(
    'makes a project that passes the format boundary (%s)',
    (name) => {
      const { role } = roleFromJobDescription(fixture(name), options);
      expect(checkProject(projectFromRole(role)).ok).toBe(true);
    },
  );
});
