// Polish and Ukrainian in exported documents: every letter survives the DOCX (read back as text),
// Word is told the document's language, and LibreOffice draws all of it in Carlito, the metric twin
// of Calibri, with no fallback font standing in for a missing letter.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { templateRole } from '../../core/testing/roles.js';
import { writeJobDescription, writeResults } from './docx-file.js';

const POLISH = {
  title: 'Dyrektor/Dyrektorka ds. Doświadczeń Klienta (K/M)',
  company: 'Zażółć Gęślą Jaźń Sp. z o.o.',
  purpose: 'Łączy doświadczenia klientów i pracowników: ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż.',
};
const UKRAINIAN = {
  title: 'Головний директор / головна директорка з питань персоналу',
  company: 'ТОВ «Ґрунт і Їжак»',
  purpose: 'Поєднує досвід клієнтів і працівників: ґ є і ї ’ Ґ Є І Ї, інтерв’ю.',
};

const role = (locale: 'pl' | 'uk', words: typeof POLISH) =>
  templateRole('cxo', (r) => {
    r.locale = locale;
    r.title = words.title;
    r.company.name = words.company;
    r.objectives.purpose = words.purpose;
  });

async function readBack(path: string) {
  const buffer = readFileSync(path);
  const zip = await JSZip.loadAsync(buffer);
  const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    // the running header: role, document and date
    header: (await Promise.all(headers.map((f) => zip.file(f)!.async('string')))).join(''),
    styles: (await zip.file('word/styles.xml')?.async('string')) ?? '',
  };
}

describe('documents in Polish and Ukrainian', () => {
  const day = new Date('2026-11-29T12:00:00Z');

  it.each([
    ['pl', POLISH, '29 listopada 2026', 'pl-PL'],
    ['uk', UKRAINIAN, '29 листопада 2026', 'uk-UA'],
  ] as const)('%s: every letter read back, the date in the language, Word told the language', async (locale, words, date, tag) => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lang-'));
    const docx = join(dir, 'jd.docx');
    expect((await writeJobDescription({ path: docx, replace: false, date: day }, role(locale, words))).ok).toBe(true);
    const { text, header, styles } = await readBack(docx);
    for (const value of Object.values(words)) expect(text).toContain(value);
    expect(header).toContain(date);
    expect(styles).toContain(`<w:lang w:val="${tag}"/>`);
  });

  it('names candidates in Cyrillic and Polish letters in the results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lang-'));
    const docx = join(dir, 'results.docx');
    const project = sampleHiringProject();
    project.role.locale = 'uk';
    const [first, second, third] = project.hiring.candidates;
    first!.name = 'Яна Ґудзь';
    second!.name = 'Єва Їжакевич';
    third!.name = 'Łucja Żółkiewska';
    expect((await writeResults({ path: docx, replace: false, date: day }, project)).ok).toBe(true);
    const { text } = await readBack(docx);
    for (const name of ['Яна Ґудзь', 'Єва Їжакевич', 'Łucja Żółkiewska']) expect(text).toContain(name);
    // figures in the document's own conventions: a decimal comma in Ukrainian (the scores, "78,4")
    expect(text).toMatch(/\b\d+,\d\b/);
    expect(text).not.toMatch(/\b\d+\.\d\b/);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

describe.skipIf(!soffice)('LibreOffice draws Polish and Ukrainian in Carlito', () => {
  it('converts both job descriptions with no font but Carlito in the PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxo-lang-lo-'));
    for (const [locale, words] of [
      ['pl', POLISH],
      ['uk', UKRAINIAN],
    ] as const) {
      const docx = join(dir, `jd-${locale}.docx`);
      expect((await writeJobDescription({ path: docx, replace: false, date: new Date() }, role(locale, words))).ok).toBe(true);
      execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
        timeout: 120_000,
        stdio: 'ignore',
      });
      const pdf = docx.replace(/\.docx$/, '.pdf');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const value of Object.values(words)) expect(text).toContain(value.replace(/\s+/g, ' '));
      // a letter missing from Carlito would make LibreOffice substitute another font for it
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/Carlito/);
    }
  }, 240_000);
});
