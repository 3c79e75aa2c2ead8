// Every document type (job description, guide, results, board pack, scorecard pack, debrief) converted by LibreOffice (CI installs it; skipped, and said so, elsewhere) and
// read back page by page as a reader meets it: "Page N of M" on every page, the running header, the
// Confidential marking where the document names candidates, native charts drawn with their words as
// text, the board pack's contents pointing at the right pages, and awkward text intact.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { AWKWARD_TEXT, templateRole } from '../../core/testing/roles.js';
import { reviewedProject } from '../../core/testing/review.js';
import { INTERNAL_WORDS } from '../../core/testing/internal-words.js';
import { writeBoardPack, writeDebrief, writeJobDescription, writeResults, writeRubric, writeScorecardPack } from './docx-file.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (!soffice) console.warn('LibreOffice is not installed: the DOCX conversion test is skipped (.ci/run installs it).');

/** Converts to PDF in a throwaway profile and returns each page's text, lines joined by single spaces. */
function convert(dir: string, docx: string): string[] {
  execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  // long headings and cells wrap onto several lines: compare the words, not the line breaks
  const pagesOf = (crop: string[]) =>
    execFileSync('pdftotext', [...crop, pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((page) => page.replace(/[ \t\r\n]+/g, ' ').trim());
  // the header band (the top 60 points of an A4 page) read apart from the rest, as a reader sees it:
  // read together, pdftotext may slot a table's repeated header row between the running line and
  // the marking beside it
  const heads = pagesOf(['-x', '0', '-y', '0', '-W', '600', '-H', '60']);
  const rest = pagesOf(['-x', '0', '-y', '60', '-W', '600', '-H', '800']);
  return rest.flatMap((page, i) => (page || heads[i] ? [`${heads[i] ?? ''} ${page}`.trim()] : []));
}

/** What every page of every document carries: the running line (and marking) at the top, Page N of M at the foot. */
function expectFramed(pages: string[], running: string, confidential: boolean) {
  pages.forEach((page, i) => {
    expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(page.startsWith(confidential ? `${running} CONFIDENTIAL` : running), `page ${i + 1} header`).toBe(true);
    expect(page.includes('CONFIDENTIAL'), `page ${i + 1} marking`).toBe(confidential);
    for (const word of INTERNAL_WORDS) expect(page, `page ${i + 1}`).not.toMatch(word);
  });
}

/** A page's text after its running header: what starts the page for a reader. */
const body = (page: string, running: string) =>
  page
    .slice(running.length)
    .replace(/^ ?CONFIDENTIAL ?/, '')
    .trimStart();

const date = new Date('2026-11-29T10:00:00Z');

describe.skipIf(!soffice)('LibreOffice conversion', () => {
  it('converts a job description: unmarked, numbered, awkward text intact, no weights', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'jd.docx');
    const role = templateRole('cxo', (r) => (r.company.name = AWKWARD_TEXT));
    expect((await writeJobDescription({ path: docx, replace: false, date }, role)).ok).toBe(true);
    const pages = convert(dir, docx);
    expectFramed(pages, 'Chief Experience Officer · Job description · 29 November 2026', false);
    const text = pages.join(' ');
    expect(text).toContain('«Привет»');
    expect(text).toContain('</w:t><w:t>');
    expect(text).toContain('How to apply');
    expect(text).not.toContain('Practitioner');
  }, 150_000);

  it('converts the interviewer guide: each scorecard opens a page, the role’s emphasis drawn as a chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'rubric.docx');
    const project = sampleHiringProject();
    project.hiring.interviewers[2]!.name = AWKWARD_TEXT.slice(0, 120);
    expect((await writeRubric({ path: docx, replace: false, date }, project)).ok).toBe(true);
    const pages = convert(dir, docx);
    const running = `${project.role.title} · Interviewer guide · 29 November 2026`;
    expectFramed(pages, running, true);
    const text = pages.join(' ');
    expect(text).toContain('How to rate');
    // the chart's words are text LibreOffice draws: the archetypes and the legend
    expect(text).toContain('The role’s emphasis across the four archetypes');
    expect(text).toContain('The role’s emphasis (weight in %)');
    for (const name of ['Ana Souza', 'Ben Okafor', AWKWARD_TEXT]) {
      expect(
        pages.some((page) => body(page, running).startsWith(`Scorecard: ${name}`)),
        name,
      ).toBe(true);
    }
  }, 150_000);

  it('converts the candidate results: confidential, a page per shortlisted candidate, the profile charted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'results.docx');
    const project = sampleHiringProject();
    project.hiring.candidates[1]!.name = AWKWARD_TEXT.slice(0, 120);
    expect((await writeResults({ path: docx, replace: false, date }, project)).ok).toBe(true);
    const pages = convert(dir, docx);
    const running = `${project.role.title} · Candidate results · 29 November 2026`;
    expectFramed(pages, running, true);
    const text = pages.join(' ');
    expect(text).toContain('James Whitfield');
    expect(text).toContain(AWKWARD_TEXT);
    expect(text).toContain('Built a voice-of-the-customer programme at Contoso & Co.');
    expect(text).toContain('The role’s emphasis (heaviest archetype on the outer ring)');
    expect(text).toContain('Data Architect');
    expect(pages.filter((page) => body(page, running).startsWith('James Whitfield'))).toHaveLength(1);
  }, 150_000);

  it('refuses to write results for a project without candidates, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'results.docx');
    const project = sampleHiringProject();
    project.hiring = { ...project.hiring, candidates: [], scorecards: [] };
    expect(await writeResults({ path: docx, replace: false, date }, project)).toMatchObject({
      ok: false,
      problem: { code: 'export.noCandidates' },
    });
    expect(existsSync(docx)).toBe(false);
  });

  it('converts the board pack: contents with the pages each part starts on, the hash whole, References last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'board-pack.docx');
    const project = reviewedProject();
    project.review.rationale.background = AWKWARD_TEXT;
    expect((await writeBoardPack({ path: docx, replace: false, date }, project, true)).ok).toBe(true);
    const pages = convert(dir, docx);
    // the rationale was edited after version 2, so the pack presents a draft
    const running = 'Chief Experience Officer · Board pack · Draft after version 2 · 29 November 2026';
    expectFramed(pages, running, true);
    expect(pages[0]).toContain(project.review.versions[1]!.hash); // on the cover, on one line
    expect(pages.join(' ')).toContain(AWKWARD_TEXT);
    const parts = ['Summary', 'Job description', 'Decision record', 'Appendix: language checks', 'References'];
    for (const part of parts) {
      // the contents on the cover says which page the part starts on, and it does start there
      const entry = new RegExp(`${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?\\.+ ?(\\d+)`).exec(pages[0]!);
      expect(entry, part).not.toBeNull();
      const page = Number(entry![1]);
      expect(body(pages[page - 1]!, running).startsWith(part), `${part} on page ${page}`).toBe(true);
    }
    expect(pages.at(-1)).toContain('Medallia'); // the References run to the end
  }, 150_000);

  it('converts a scorecard pack: one interviewer’s, confidential, a page per candidate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'pack.docx');
    const project = sampleHiringProject();
    const interviewer = project.hiring.interviewers[0]!;
    expect((await writeScorecardPack({ path: docx, replace: false, date }, project, { interviewerId: interviewer.id })).ok).toBe(true);
    const pages = convert(dir, docx);
    // a pack is dated when it was written: the date its frame carries
    expectFramed(pages, `${project.role.title} · Scorecard pack · ${interviewer.name} · 29 November 2026`, true);
    for (const candidate of project.hiring.candidates) expect(pages.join(' ')).toContain(candidate.name);
  }, 150_000);

  it('converts the debrief agendas: confidential, numbered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'debrief.docx');
    const project = sampleHiringProject();
    expect((await writeDebrief({ path: docx, replace: false, date }, project)).ok).toBe(true);
    const pages = convert(dir, docx);
    const running = `${project.role.title} · Debrief agenda · 29 November 2026`;
    expectFramed(pages, running, true);
    expect(pages.some((page) => body(page, running).startsWith('Maria Kowalska'))).toBe(true);
  }, 150_000);
});
