// An Italian hiring process for tests: the sample process (same item ids, so the same criteria and
// scorecards) on the Italian CXO edition, with an Italian company, version 1 submitted and a
// decision with a declared conflict, so every document and view has something of its own to show.
import { flatten } from '../i18n/completeness.js';
import en from '../i18n/en/index.js';
import itCatalogue from '../i18n/it/index.js';
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { recordDecision, submitVersion } from '../review/versions.js';
import type { Project } from '../schema/project.js';
import { sampleHiringProject } from './hiring.js';

export function italianHiringProject(): Project {
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
  if (!decided) throw new Error('version 1 was not submitted');
  return decided;
}

/**
 * The lines the English catalogue prints where the Italian one says something else (placeholders
 * and words of three letters or fewer left out): none of them may reach an Italian screen or document.
 */
export function englishOnlyLines(): Set<string> {
  const italian = flatten(itCatalogue);
  const lines = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (text.includes('{{') || text.trim().length < 4 || italian.get(key) === text) continue;
    lines.add(text.trim());
  }
  return lines;
}
