// Documents in each translated language read back as a reader meets them: the job description, the
// interviewer guide, the candidate results and the board pack of the language's hiring process
// carry the catalogue's headings in that language, the language's own words (listed per language
// in language-documents.ts), running headers, page numbers and dates in the language, no line the
// English catalogue would have printed, no raw key and no figure with a decimal point.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n/index.js';
import { englishOnlyLines } from '../../core/testing/english-only.js';
import { hiringProjectIn } from '../../core/testing/hiring-in-languages.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';
import { LANGUAGE_DOCUMENTS, type Expected } from './language-documents.js';

const DAY = new Date('2026-11-29T12:00:00Z');
const RAW_KEY =
  /\b(?:ui|jd|scoring|boardPack|panel|vocab|review|language|languages|errors|cli|rubricContent|documents|sources)\.[A-Za-z-]+\.[\w.-]+/;

async function readBack(path: string) {
  const buffer = readFileSync(path);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (pattern: RegExp) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((f) => pattern.test(f))
          .map((f) => zip.file(f)!.async('string')),
      )
    ).join('');
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    // the running line above the text (role, document, version, date) and the page numbers below it
    header: (await part(/^word\/header\d*\.xml$/)).replace(/<[^>]+>/g, ''),
    footer: (await part(/^word\/footer\d*\.xml$/)).replace(/<[^>]+>/g, ''),
    properties: await part(/^docProps\/core\.xml$/),
  };
}

for (const { name, locale, jd, guide, results, boardPack } of LANGUAGE_DOCUMENTS)
  describe(`documents in ${name}`, () => {
    const t = translator(locale);
    const project = hiringProjectIn(locale);
    const englishOnly = englishOnlyLines(locale);
    const dir = mkdtempSync(join(tmpdir(), `cxo-${locale}-`));
    const at = (name: string) => ({ path: join(dir, name), replace: false, date: DAY });

    async function expectInLanguage(name: string, headings: string[], expected: Expected) {
      const { text, header, footer, properties } = await readBack(join(dir, name));
      for (const words of [...headings, ...expected.text]) expect(text).toContain(words);
      const lines = text.split('\n').map((l) => l.trim());
      expect(lines.filter((l) => englishOnly.has(l))).toEqual([]);
      expect(text).not.toMatch(RAW_KEY);
      expect(text).not.toContain('{{');
      // percentages with the language's decimal comma ("12,5%"), never a point
      expect(text).not.toMatch(/\d\.\d%/);
      for (const absent of expected.absent ?? []) expect(text).not.toMatch(absent);
      for (const words of expected.header ?? []) expect(header).toMatch(words);
      for (const words of expected.footer ?? []) expect(footer).toMatch(words);
      for (const words of expected.properties ?? []) expect(properties).toContain(words);
    }

    it('the job description: the title, headings, the posting, reporting line and date', async () => {
      expect((await writeJobDescription(at('jd.docx'), project.role)).ok).toBe(true);
      // the posting's sections too (where and how, pay, how to apply, equal opportunity), as every edition has them
      const sections = ['responsibilities', 'mustHaves', 'niceToHaves', 'location', 'pay', 'apply', 'equalOpportunity'];
      await expectInLanguage(
        'jd.docx',
        sections.map((k) => t(`jd.heading.${k}`)),
        jd,
      );
    });

    it('the interviewer guide: how to rate, the criteria, the methods, the sources', async () => {
      expect((await writeRubric(at('guide.docx'), project)).ok).toBe(true);
      const headings = ['scoring.rubricDoc.scale.heading', 'scoring.rubricDoc.criteria.heading', 'panel.guide.workSample.heading'];
      await expectInLanguage(
        'guide.docx',
        [...headings, 'panel.guide.references.heading'].map((k) => t(k)),
        guide,
      );
    });

    it('the candidate results: summary, panel and evidence, with decimal commas', async () => {
      expect((await writeResults(at('results.docx'), project)).ok).toBe(true);
      await expectInLanguage('results.docx', [t('scoring.resultsDoc.summary.heading'), t('panel.results.panelHeading')], results);
    });

    it('the board pack: summary, reasoning, the decision with its recusal, the language appendix and sources', async () => {
      expect((await writeBoardPack(at('board-pack.docx'), project, true)).ok).toBe(true);
      const sections = ['summary', 'reasoning', 'decisions', 'appendix'].map((k) => t(`boardPack.${k}.heading`));
      await expectInLanguage('board-pack.docx', [...sections, t('documents.references')], boardPack);
    });
  });
