// The board pack's other parts read back: the job description without language findings, the
// reasoning with every figure beside its source, the candidates only when there are any, the
// language appendix only when asked for, Word's built-in styles, and awkward text intact.
import { describe, expect, it } from 'vitest';
import { REVIEW_SECTIONS } from '../../schema/review.js';
import { templateProject, AWKWARD_TEXT } from '../../testing/roles.js';
import { reviewedProject } from '../../testing/review.js';
import { citeFact, factSentence, SECTION_FACTS } from '../../sources/facts.js';
import { packAndRead, t } from '../../testing/read-back.js';

describe('board pack: parts', () => {
  it('holds the job description under one Heading 1, its headings a level down', async () => {
    const pack = await packAndRead(reviewedProject());
    const jd = pack.part('Job description');
    for (const heading of [
      'The purpose of the role',
      'Key responsibilities',
      'Must-have qualifications',
      'Metrics of success',
      'How to apply',
    ])
      expect(jd).toContain(heading);
    expect(pack.xml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Key responsibilities</);
  });

  it('gives the reasoning of every section, each research figure beside its source', async () => {
    const reasoning = (await packAndRead(reviewedProject())).part('The reasoning behind the design');
    for (const section of REVIEW_SECTIONS) expect(reasoning).toContain(t(`review.section.${section}`));
    for (const fact of Object.values(SECTION_FACTS).flat()) {
      // each fact is one table row: the fact, then its source
      expect(reasoning).toContain(`${factSentence(fact, { t })}\n\n${citeFact(fact, { t, locale: 'en' })}`);
    }
    expect(reasoning).toContain(
      '83% of chief customer officers were hired from inside the company.\n\nForrester Research, The Rise of the Chief Customer Officer, 2011 (later editions differ), as reported by Steven Van Belleghem, 2011',
    );
    expect(reasoning).toContain('Alternatives not chosen');
    expect(reasoning).toContain('Our last two experience programmes stalled for lack of authority');
    expect(reasoning).toContain('Ann Lee, 2 June 2026, on version 1: Have we asked the two internal candidates');
  });

  it('compares candidates with the results summary table only when there are candidates', async () => {
    const withCandidates = await packAndRead(reviewedProject());
    const table = withCandidates.part('Candidate comparison');
    const order = ['Maria Kowalska', 'James Whitfield', 'Noor Haddad'].map((name) => table.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(table).toMatch(/Maria Kowalska\s+Internal\s+78\.2raw 78\.4[^\n]*\s+1\s+2\s+0\s+0/); // adjusted, raw beside it
    expect(withCandidates.part('Summary')).toContain('3 candidates; the leading candidate, Maria Kowalska, scores 78.2 out of 100.'); // adjusted for severity (raw 78.4)
    const none = await packAndRead(templateProject('cxo'));
    expect(none.text).not.toContain('Candidate comparison');
    expect(none.part('Summary')).toContain('Candidates: None yet.');
  });

  it('adds the language appendix only when asked, and never prints a finding', async () => {
    const project = reviewedProject();
    project.role.mustHaves[1]!.text = 'A rockstar who can hit the ground running';
    const without = await packAndRead(project, false);
    const withAppendix = await packAndRead(project, true);
    expect(without.text).not.toContain('Appendix: language checks');
    const appendix = withAppendix.part('Appendix: language checks');
    expect(appendix).toMatch(/Language score: \d+ out of 100/);
    expect(appendix).toContain('Gaucher, D., Friesen, J. and Kay, A. C. (2011)');
    expect(appendix).toContain('Jargon and clichés\n\n0\n\n2\n\n0\n\n2'); // two medium jargon findings
    for (const pack of [without, withAppendix]) {
      expect(pack.text).not.toContain(t('language.reason.cliche', { match: 'rockstar' }));
      expect(pack.text).not.toContain('Replace with');
    }
  });

  it('uses Word’s built-in styles, breaks the page before each part and keeps awkward text intact', async () => {
    const project = reviewedProject();
    project.role.company.name = AWKWARD_TEXT;
    project.review.rationale.company = AWKWARD_TEXT;
    project.review.comments[0]!.text = AWKWARD_TEXT;
    project.review.decisions[1]!.members.push(AWKWARD_TEXT.slice(0, 120));
    const pack = await packAndRead(project, true);
    expect(pack.text.split(AWKWARD_TEXT).length - 1).toBeGreaterThanOrEqual(5); // subtitle, JD, rationale, comment, members
    for (const style of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'ListParagraph', 'TableGrid'])
      expect(pack.xml).toContain(`w:val="${style}"`);
    // summary, JD, reasoning, changes, rubric, candidates, scoring record, decisions, appendix; References
    expect(pack.xml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(10);
    expect(pack.xml).not.toContain('<b>not bold</b>');
  });
});

describe('board pack: contents and references', () => {
  it('opens with a table of contents whose page numbers are written at export, and ends with References', async () => {
    const pack = await packAndRead(reviewedProject(), true);
    expect(pack.contents.map((c) => c.text)).toEqual([
      'Summary',
      'Job description',
      'The reasoning behind the design',
      'What changed since the previous version',
      'The scoring rubric',
      'Candidate comparison',
      'Scoring record',
      'Decision record',
      'Appendix: language checks',
      'References',
    ]);
    const pages = pack.contents.map((c) => c.page);
    expect(pages[0]).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pack.xml).toContain('TOC \\h \\o &quot;1-1&quot;');
    const references = pack.part('References');
    expect(references).toContain('Forrester Research (Paul Hagen). The Rise of the Chief Customer Officer. January 2011.');
    expect(references).toContain('https://www.medallia.com/blog/chief-experience-officer-cxo-job-description/');
    expect(pack.header).toContain('Confidential');
  });
});
