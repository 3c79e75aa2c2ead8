// Italian documents read back as a reader meets them: the job description, the interviewer guide,
// the candidate results and the board pack of a role started from the Italian CXO edition carry
// Italian headings, running headers, page numbers, properties and dates, no line the English
// catalogue would have printed, and no raw key.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n/index.js';
import { englishOnlyLines, italianHiringProject } from '../../core/testing/italian.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';

const t = translator('it');
const DAY = new Date('2026-11-29T12:00:00Z');

const ENGLISH_ONLY = englishOnlyLines();
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
    // the running line and "Riservato" sit in the header, "Pagina N di M" in the footer
    frame: (await part(/^word\/(header|footer)\d*\.xml$/)).replace(/<[^>]+>/g, ''),
    properties: await part(/^docProps\/core\.xml$/),
  };
}

function expectItalian(text: string, headings: string[]) {
  for (const heading of headings) expect(text).toContain(heading);
  const lines = text.split('\n').map((l) => l.trim());
  expect(lines.filter((l) => ENGLISH_ONLY.has(l))).toEqual([]);
  expect(text).not.toMatch(RAW_KEY);
  expect(text).not.toContain('{{');
}

describe('documents in Italian', () => {
  const project = italianHiringProject();
  const dir = mkdtempSync(join(tmpdir(), 'cxo-it-'));
  const at = (name: string) => ({ path: join(dir, name), replace: false, date: DAY });

  it('the job description: Italian title, headings, reporting line and date', async () => {
    expect((await writeJobDescription(at('jd.docx'), project.role)).ok).toBe(true);
    const { text, frame, properties } = await readBack(join(dir, 'jd.docx'));
    expectItalian(text, [
      'Chief Experience Officer (m/f)',
      t('jd.heading.responsibilities'),
      t('jd.heading.mustHaves'),
      t('jd.heading.niceToHaves'),
      'Riporto gerarchico: Chief Executive Officer (CEO).',
      // the posting: way of working, pay, benefits, how to apply and equal opportunity, as an Italian advert has them
      t('jd.heading.location'),
      t('jd.location.model.hybrid'),
      t('jd.heading.pay'),
      t('jd.pay.beforeInterview'),
      'Previdenza complementare',
      t('jd.heading.apply'),
      t('jd.apply.open'),
      t('jd.heading.equalOpportunity'),
      'D.Lgs. 198/2006',
    ]);
    expect(frame).toContain('Descrizione della posizione · 29 novembre 2026');
    expect(frame).toMatch(/Pagina.*di/);
    expect(properties).toContain('Chief Experience Officer (m/f): Descrizione della posizione');
  });

  it('the interviewer guide: how to rate, the criteria, the scorecards', async () => {
    expect((await writeRubric(at('guida.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'guida.docx'));
    expectItalian(text, [
      t('scoring.rubricDoc.scale.heading'),
      t('scoring.rubricDoc.criteria.heading'),
      t('panel.guide.workSample.heading'),
      t('panel.guide.references.heading'),
      'Ci descriva una mappa dei percorsi',
    ]);
  });

  it('the candidate results: summary, panel and evidence, with decimal commas', async () => {
    expect((await writeResults(at('risultati.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'risultati.docx'));
    expectItalian(text, [t('scoring.resultsDoc.summary.heading'), t('panel.results.panelHeading'), 'Provenienza: Interna']);
    expect(text).not.toMatch(/\d\.\d%/);
  });

  it('the board pack: cover, summary, reasoning, decision record and language appendix', async () => {
    expect((await writeBoardPack(at('dossier.docx'), project, true)).ok).toBe(true);
    const { text, frame } = await readBack(join(dir, 'dossier.docx'));
    expectItalian(text, [
      t('boardPack.summary.heading'),
      t('boardPack.reasoning.heading'),
      t('boardPack.decisions.heading'),
      t('boardPack.appendix.heading'),
      'Approvata con modifiche',
      'Non ha preso parte alla decisione.',
    ]);
    expect(frame).toContain('Dossier per il CdA');
    expect(frame).toContain('Versione 1');
    expect(frame).toContain(t('documents.confidential'));
    expect(text).toContain(t('documents.references'));
  });
});
