// Dutch documents read back as a reader meets them: the job description, the interviewer guide, the
// candidate results and the board pack of a role started from the Dutch CXO edition carry Dutch
// headings and dates, no line the English catalogue would have printed, and no raw key.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n/index.js';
import { dutchHiringProject, englishOnlyLines } from '../../core/testing/dutch.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';

const t = translator('nl');
const DAY = new Date('2026-11-29T12:00:00Z');

const ENGLISH_ONLY = englishOnlyLines();
const RAW_KEY = /\b(?:ui|jd|scoring|boardPack|panel|vocab|review|language|languages|errors|cli|rubricContent)\.[A-Za-z-]+\.[\w.-]+/;

async function readBack(path: string) {
  const buffer = readFileSync(path);
  const zip = await JSZip.loadAsync(buffer);
  const parts = (kind: string) => Object.keys(zip.files).filter((f) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(f));
  const read = (names: string[]) => Promise.all(names.map((f) => zip.file(f)!.async('string'))).then((xml) => xml.join(''));
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    header: await read(parts('header')),
    footer: await read(parts('footer')),
  };
}

function expectDutch(text: string, headings: string[]) {
  for (const heading of headings) expect(text).toContain(heading);
  const lines = text.split('\n').map((l) => l.trim());
  expect(lines.filter((l) => ENGLISH_ONLY.has(l))).toEqual([]);
  expect(text).not.toMatch(RAW_KEY);
  expect(text).not.toContain('{{');
}

describe('documents in Dutch', () => {
  const project = dutchHiringProject();
  const dir = mkdtempSync(join(tmpdir(), 'cxo-nl-'));
  const at = (name: string) => ({ path: join(dir, name), replace: false, date: DAY });

  it('the job description: Dutch title with (m/v/x), headings, posting, reporting line and date', async () => {
    expect((await writeJobDescription(at('functiebeschrijving.docx'), project.role)).ok).toBe(true);
    const { text, header, footer } = await readBack(join(dir, 'functiebeschrijving.docx'));
    expectDutch(text, [
      'Chief Experience Officer (m/v/x)',
      'Belangrijkste verantwoordelijkheden',
      'Functie-eisen',
      'Pluspunten',
      'Standplaats en manier van werken',
      'Salaris en arbeidsvoorwaarden',
      'Solliciteren',
      'Gelijke kansen',
      'We volgen de NVP Sollicitatiecode.',
      'De functie rapporteert aan de algemeen directeur (CEO).',
    ]);
    // the running head and the page numbers in Dutch
    expect(header).toContain('Functiebeschrijving · 29 november 2026');
    expect(footer).toContain('Pagina');
  });

  it('the interviewer guide: how to score, the criteria, the scorecards', async () => {
    expect((await writeRubric(at('interviewhandleiding.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'interviewhandleiding.docx'));
    expectDutch(text, [
      t('scoring.rubricDoc.scale.heading'),
      t('scoring.rubricDoc.criteria.heading'),
      t('panel.guide.workSample.heading'),
      t('panel.guide.references.heading'),
      'Neem ons mee door een klantreis',
    ]);
  });

  it('the candidate results: summary, panel and evidence, with decimal commas', async () => {
    expect((await writeResults(at('resultaten.docx'), project)).ok).toBe(true);
    const { text } = await readBack(join(dir, 'resultaten.docx'));
    expectDutch(text, [t('scoring.resultsDoc.summary.heading'), t('panel.results.panelHeading'), 'Interne kandidaat']);
    expect(text).not.toMatch(/\d\.\d%/);
  });

  it('the board pack: cover, summary, reasoning, decision record and language appendix', async () => {
    expect((await writeBoardPack(at('bestuursdossier.docx'), project, true)).ok).toBe(true);
    const { text, header } = await readBack(join(dir, 'bestuursdossier.docx'));
    expectDutch(text, [
      t('boardPack.summary.heading'),
      t('boardPack.reasoning.heading'),
      t('boardPack.decisions.heading'),
      t('boardPack.appendix.heading'),
      'Goedgekeurd met wijzigingen',
      'Heeft zich van dit besluit onthouden.',
      'Van der Berg Verzekeringen N.V.',
      // each Dutch rule file by its name, with its law or guidance cited in Dutch
      'Leeftijd, herkomst, gezondheid en privéleven',
      'Informatie over het salaris',
      'Wet gelijke behandeling op grond van leeftijd bij de arbeid (WGBL), artikel 3',
    ]);
    expect(header).toContain('Versie 1');
    expect(header).toContain('Bestuursdossier');
  });
});
