// Reads exported documents back (mammoth for the text, JSZip for the XML) to prove what a user
// typed is in the file, styled with Word's built-in styles, and that awkward characters survive.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.js';
import { buildJobDescription } from '../jd/build.js';
import { AWKWARD_TEXT, templateRole } from '../../testing/roles.js';
import type { RoleDesign } from '../../schema/role.js';
import { sectionsOf } from '../tree.js';
import { packDocx } from './pack.js';
import { renderDocx } from './render.js';

const t = translator('en');
const pack = async (role: RoleDesign) =>
  Buffer.from(await packDocx(renderDocx(buildJobDescription(role, t, { date: new Date('2026-01-15') }))));
const textOf = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;
const xmlOf = async (buffer: Buffer, part: string) => (await JSZip.loadAsync(buffer)).file(part)?.async('string') ?? '';

describe('renderDocx, for a job description', () => {
  it('contains every section heading and every text the user entered', async () => {
    const role = templateRole('cxo', (r) => {
      r.company.name = 'Northwind Traders';
      r.company.description = 'We run forty stores across the north.';
      r.objectives.purpose = 'Make every visit effortless.';
      r.objectives.outcomes[0]!.text = 'Halve the time to resolve a complaint';
      r.responsibilities[0]!.text = 'Chair the monthly customer council';
      r.mustHaves[0]!.text = 'Has run a contact centre of 200 people';
      r.qualities[0]!.text = 'Calm under pressure';
      r.niceToHaves[0]!.text = 'Speaks Welsh';
      r.objectives.metrics[0]!.current = '+12';
      r.objectives.metrics[0]!.target = '+30 by 2028';
    });
    const text = await textOf(await pack(role));
    const jd = buildJobDescription(role, t, { date: new Date() });
    for (const { heading } of sectionsOf(jd.blocks)) expect(text).toContain(heading.text);
    for (const typed of [
      'Northwind Traders',
      'We run forty stores across the north.',
      'Make every visit effortless.',
      'Halve the time to resolve a complaint',
      'Chair the monthly customer council',
      'Has run a contact centre of 200 people',
      'Calm under pressure',
      'Speaks Welsh',
      '+12',
      '+30 by 2028',
    ]) {
      expect(text).toContain(typed);
    }
    // the archetype weights are internal: the CXO template's 30% for the Practitioner is not printed
    expect(text).not.toContain('Practitioner');
  });

  it('keeps accents, Cyrillic, quotes, ampersands and angle brackets literally', async () => {
    const role = templateRole('cxo', (r) => {
      r.company.name = AWKWARD_TEXT;
      r.company.industry = 'retail';
      r.responsibilities[0]!.text = AWKWARD_TEXT;
    });
    const buffer = await pack(role);
    const text = await textOf(buffer);
    expect(text.split(AWKWARD_TEXT).length - 1).toBeGreaterThanOrEqual(3); // subtitle, about, responsibility
    const xml = await xmlOf(buffer, 'word/document.xml');
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:t&gt;');
  });

  it("uses Word's built-in styles so the reader can restyle it", async () => {
    const buffer = await pack(templateRole('cco'));
    const document = await xmlOf(buffer, 'word/document.xml');
    for (const style of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'ListParagraph'])
      expect(document).toContain(`w:pStyle w:val="${style}"`);
    expect(document).toContain('w:tblStyle w:val="TableGrid"');
    const styles = await xmlOf(buffer, 'word/styles.xml');
    for (const id of ['Normal', 'Title', 'Subtitle', 'Heading1', 'Heading2', 'ListParagraph', 'TableGrid'])
      expect(styles).toContain(`w:styleId="${id}"`);
  });

  it('repeats the role, document and date in every page header, and Page N of M from fields in every footer', async () => {
    const buffer = await pack(templateRole('cco', (r) => (r.company.name = 'Northwind Traders')));
    const header = await xmlOf(buffer, 'word/header1.xml');
    expect(header).toContain('Chief Customer Officer · Job description · 15 January 2026');
    expect(header).not.toContain('Confidential'); // a job description is published
    const footer = await xmlOf(buffer, 'word/footer1.xml');
    expect(footer).toMatch(/Page <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.* of <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    // the number of pages is written at export, so it is right before anyone updates a field
    expect(footer).toMatch(/NUMPAGES<\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/);
    const core = await xmlOf(buffer, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Chief Customer Officer: Job description</dc:title>');
    expect(core).toContain('<dc:creator>Northwind Traders</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Northwind Traders</cp:lastModifiedBy>');
    expect(core).toContain('<dc:subject>The job description for the Chief Customer Officer role at Northwind Traders</dc:subject>');
    expect(core).not.toContain('Un-named');
    expect(await xmlOf(buffer, 'word/styles.xml')).toContain('w:lang w:val="en-GB"');
  });
});

describe('renderDocx, around tables', () => {
  // a summary table that fills page 1 used to push its closing space onto page 2, which the next
  // heading's page break then left blank (seen in Polish results)
  it('spaces a table from what follows, but not from a heading that starts a new page, nor at the end', async () => {
    const tree = buildJobDescription(templateRole('cxo'), t, { date: new Date('2026-01-15') });
    const table = { kind: 'table', header: ['A'], rows: [['1']], widths: [100] } as const;
    const blocks = [
      table,
      { kind: 'paragraph', text: 'after' },
      table,
      { kind: 'heading', level: 1, text: 'Next', pageBreakBefore: true },
      table,
    ] as const;
    const document = await xmlOf(Buffer.from(await packDocx(renderDocx({ ...tree, blocks: [...blocks] }))), 'word/document.xml');
    const afterTables = [...document.matchAll(/<\/w:tbl>(<w:p\/>|<w:p>|<w:p [^>]*>|<\/w:body>|<w:sectPr)/g)].map((m) => m[1]);
    expect(afterTables).toEqual(['<w:p/>', '<w:p>', expect.stringMatching(/^<w:sectPr/)]);
  });
});
