// Ukrainian documents read back as a reader meets them: the job description, the interviewer guide,
// the candidate results and the board pack of a role started from the Ukrainian CXO edition carry
// Ukrainian headings, titles with both forms and dates, no line the English catalogue would have
// printed, and no raw key.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n/index.js';
import { englishOnlyLines, ukrainianHiringProject } from '../../core/testing/ukrainian.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';

const t = translator('uk');
const DAY = new Date('2026-11-29T12:00:00Z');
const ENGLISH_ONLY = englishOnlyLines();
const RAW_KEY = /\b(?:ui|jd|scoring|boardPack|panel|vocab|review|language|languages|errors|cli|rubricContent)\.[A-Za-z-]+\.[\w.-]+/;

async function readBack(path: string) {
  const buffer = readFileSync(path);
  const zip = await JSZip.loadAsync(buffer);
  // the running lines above and below the text: the role, the document, its version and date
  const running = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    running: (await Promise.all(running.map((f) => zip.file(f)!.async('string')))).join(''),
  };
}

function expectUkrainian(text: string, expected: string[]) {
  for (const words of expected) expect(text).toContain(words);
  const lines = text.split('\n').map((l) => l.trim());
  expect(lines.filter((l) => ENGLISH_ONLY.has(l))).toEqual([]);
  expect(text).not.toMatch(RAW_KEY);
  expect(text).not.toContain('{{');
}

describe('documents in Ukrainian', () => {
  const project = ukrainianHiringProject();
  const dir = mkdtempSync(join(tmpdir(), 'cxo-uk-'));
  const at = (name: string) => ({ path: join(dir, name), replace: false, date: DAY });

  it('the job description: both forms of the title, the company in a Ukrainian sentence, headings, reporting line, place and date', async () => {
    expect((await writeJobDescription(at('opys.docx'), project.role)).ok).toBe(true);
    const { text, running } = await readBack(join(dir, 'opys.docx'));
    expectUkrainian(text, [
      'Директор/директорка з досвіду клієнтів і працівників (CXO)',
      t('jd.heading.responsibilities'),
      t('jd.heading.mustHaves'),
      t('jd.heading.niceToHaves'),
      'Пряме підпорядкування: генеральний директор (CEO).',
      'ТОВ «Північний вітер» – зріла компанія (галузь: енергетика), де працює від 250 до 999 осіб.',
      'Місце роботи: Київ, Україна, гібридний формат',
      'Діапазон заробітної плати на цій посаді ми повідомимо вам до першої співбесіди.',
    ]);
    expect(running).toContain('29 листопада 2026');
  });

  it('the interviewer guide: how to rate, the criteria, the methods', async () => {
    expect((await writeRubric(at('posibnyk.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'posibnyk.docx'));
    expectUkrainian(text, [
      t('scoring.rubricDoc.scale.heading'),
      t('scoring.rubricDoc.criteria.heading'),
      t('panel.guide.workSample.heading'),
      t('panel.guide.references.heading'),
      t('documents.references'),
    ]);
  });

  it('the candidate results: summary, panel and the notes, with decimal commas', async () => {
    expect((await writeResults(at('rezultaty.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'rezultaty.docx'));
    expectUkrainian(text, [
      t('scoring.resultsDoc.summary.heading'),
      t('panel.results.panelHeading'),
      'Марія Литвиненко',
      'Побудувала карту шляху клієнта',
    ]);
    expect(text).not.toMatch(/\d\.\d%/);
  });

  it('the board pack: summary, reasoning, the decision with its recusal, and the language appendix', async () => {
    expect((await writeBoardPack(at('materialy.docx'), project, true)).ok).toBe(true);
    const { text, running } = await readBack(join(dir, 'materialy.docx'));
    expectUkrainian(text, [
      t('boardPack.summary.heading'),
      t('boardPack.reasoning.heading'),
      t('boardPack.decisions.heading'),
      t('boardPack.appendix.heading'),
      'Схвалено зі змінами',
      'Самовідвід від цього рішення.',
      t('documents.references'),
    ]);
    expect(running).toContain('Версія 1');
    // the language appendix cites the Ukrainian rule sets' sources in Ukrainian, by name
    expect(text).toContain(t('boardPack.appendix.set.gender-titles'));
    expect(text).toContain('Редакційне судження команди');
    expect(text).not.toMatch(/editorial|The team's/);
  });
});
