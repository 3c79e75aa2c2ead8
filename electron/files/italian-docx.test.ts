// Italian documents read back as a reader meets them: the job description, the interviewer guide,
// the candidate results and the board pack of a role started from the Italian CXO edition carry
// Italian headings and dates, no line the English catalogue would have printed, and no raw key.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../core/i18n/completeness.js';
import en from '../../core/i18n/en/index.js';
import itCatalogue from '../../core/i18n/it/index.js';
import { translator } from '../../core/i18n/index.js';
import { projectFromTemplate } from '../../core/project/from-template.js';
import { findTemplate } from '../../core/project/templates.js';
import { recordDecision, submitVersion } from '../../core/review/versions.js';
import type { Project } from '../../core/schema/project.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './docx-file.js';

const t = translator('it');
const DAY = new Date('2026-11-29T12:00:00Z');

/** The sample hiring process (same item ids, so the same criteria and scorecards) on the Italian edition. */
function italianProject(): Project {
  const edition = projectFromTemplate(findTemplate('cxo', 'it')!);
  let p: Project = { ...sampleHiringProject(), role: edition.role, rubric: edition.rubric };
  p.role.company.name = 'Officine Rossi S.p.A.';
  p.hiring.candidates[0]!.currentRole = 'Direttrice Operations Clienti, Banca Alpina';
  p = submitVersion(p, 'Giulia Bianchi', new Date('2026-11-23T10:00:00Z'));
  const decided = recordDecision(
    p,
    {
      version: 1,
      outcome: 'approve-with-changes',
      date: '2026-11-25',
      members: ['Giulia Bianchi', 'Marco Esposito'],
      conflicts: [{ member: 'Marco Esposito', interest: 'Ha lavorato con una delle persone candidate.', recused: true }],
      notes: 'Indicare la fascia retributiva prima della pubblicazione.',
      recordedBy: 'Giulia Bianchi',
    },
    'd1',
    new Date('2026-11-25T16:00:00Z'),
  );
  return decided!;
}

/** Lines the English catalogue prints where Italian says something else: none may reach an Italian document. */
const ENGLISH_ONLY = (() => {
  const italian = flatten(itCatalogue);
  const lines = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (text.includes('{{') || text.trim().length < 4 || italian.get(key) === text) continue;
    lines.add(text.trim());
  }
  return lines;
})();
const RAW_KEY = /\b(?:ui|jd|scoring|boardPack|panel|vocab|review|language|languages|errors|cli|rubricContent)\.[A-Za-z-]+\.[\w.-]+/;

async function readBack(path: string) {
  const buffer = readFileSync(path);
  const zip = await JSZip.loadAsync(buffer);
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    footer: (await Promise.all(footers.map((f) => zip.file(f)!.async('string')))).join(''),
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
  const project = italianProject();
  const dir = mkdtempSync(join(tmpdir(), 'cxo-it-'));
  const at = (name: string) => ({ path: join(dir, name), replace: false, date: DAY });

  it('the job description: Italian title, headings, reporting line and date', async () => {
    expect((await writeJobDescription(at('jd.docx'), project.role)).ok).toBe(true);
    const { text, footer } = await readBack(join(dir, 'jd.docx'));
    expectItalian(text, [
      'Chief Experience Officer (m/f)',
      t('jd.heading.responsibilities'),
      t('jd.heading.mustHaves'),
      t('jd.heading.niceToHaves'),
      t('jd.heading.archetypes'),
      'Riporto gerarchico: Chief Executive Officer (CEO).',
    ]);
    expect(footer).toContain('29 novembre 2026');
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
    const { text, footer } = await readBack(join(dir, 'dossier.docx'));
    expectItalian(text, [
      t('boardPack.summary.heading'),
      t('boardPack.reasoning.heading'),
      t('boardPack.decisions.heading'),
      t('boardPack.appendix.heading'),
      'Approvata con modifiche',
      'Non ha preso parte alla decisione.',
    ]);
    expect(footer).toContain('Versione 1');
  });
});
