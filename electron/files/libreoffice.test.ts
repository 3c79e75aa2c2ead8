// Exported documents must convert cleanly in LibreOffice (CI installs it; skipped, and said so, elsewhere).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { AWKWARD_TEXT, templateRole } from '../../core/testing/roles.js';
import { reviewedProject } from '../../core/testing/review.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (!soffice) console.warn('LibreOffice is not installed: the DOCX conversion test is skipped (.ci/run installs it).');

/** Converts to PDF in a throwaway profile and returns the PDF's text, pages split by form feeds, lines joined by single spaces. */
function convert(dir: string, docx: string): string {
  execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  // long headings and cells wrap onto several lines: compare the words, not the line breaks
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[ \t\r\n]+/g, ' ');
}

const pages = (text: string) => text.split('\f').filter((p) => p.trim()).length;

describe.skipIf(!soffice)('LibreOffice conversion', () => {
  it('converts a job description with awkward text to PDF, keeping the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'jd.docx');
    const role = templateRole('cxo', (r) => (r.company.name = AWKWARD_TEXT));
    expect((await writeJobDescription({ path: docx, replace: false, date: new Date() }, role)).ok).toBe(true);
    const text = convert(dir, docx);
    expect(text).toContain('Chief Experience Officer');
    expect(text).toContain('«Привет»');
    expect(text).toContain('</w:t><w:t>');
  }, 150_000);

  it('converts the interviewer guide: each scorecard on a page of its own, awkward text intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'rubric.docx');
    const project = sampleHiringProject();
    project.hiring.interviewers[2]!.name = AWKWARD_TEXT.slice(0, 120);
    expect((await writeRubric({ path: docx, replace: false, date: new Date() }, project)).ok).toBe(true);
    const text = convert(dir, docx);
    expect(text).toContain('How to rate');
    expect(text).toContain(`Scorecard: ${AWKWARD_TEXT}`);
    const sheets = text.split('\f');
    for (const name of ['Ana Souza', 'Ben Okafor', AWKWARD_TEXT]) {
      // the scorecard's heading opens its page
      expect(
        sheets.some((page) => page.trimStart().startsWith(`Scorecard: ${name}`)),
        name,
      ).toBe(true);
    }
  }, 150_000);

  it('converts the candidate results: a page per candidate, names and evidence intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'results.docx');
    const project = sampleHiringProject();
    project.hiring.candidates[1]!.name = AWKWARD_TEXT.slice(0, 120);
    expect((await writeResults({ path: docx, replace: false, date: new Date() }, project)).ok).toBe(true);
    const text = convert(dir, docx);
    expect(text).toContain('James Whitfield');
    expect(text).toContain(AWKWARD_TEXT);
    expect(text).toContain('Built a voice-of-the-customer programme at Contoso & Co.');
    expect(pages(text)).toBeGreaterThanOrEqual(4); // the summary, then a page for each of three candidates
  }, 150_000);

  it('converts the board pack: each part on a new page, the hash whole, awkward text intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lo-'));
    const docx = join(dir, 'board-pack.docx');
    const project = reviewedProject();
    project.review.rationale.background = AWKWARD_TEXT;
    expect((await writeBoardPack({ path: docx, replace: false, date: new Date() }, project, true)).ok).toBe(true);
    const text = convert(dir, docx);
    const sheets = text.split('\f');
    expect(sheets[0]).toContain(project.review.versions[1]!.hash); // on the cover, on one line
    expect(text).toContain(AWKWARD_TEXT);
    for (const part of ['Summary', 'Job description', 'Decision record', 'Appendix: language checks']) {
      expect(
        sheets.some((page) => page.trimStart().startsWith(part)),
        part,
      ).toBe(true);
    }
  }, 150_000);
});
