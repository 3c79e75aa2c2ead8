// A Dutch hiring process for tests: the sample process (same item ids, so the same criteria and
// scorecards) on the Dutch CXO edition, with a Dutch company, version 1 submitted and a decision
// with a declared conflict, so every document and view has something of its own to show.
import { flatten } from '../i18n/completeness.js';
import en from '../i18n/en/index.js';
import nlCatalogue from '../i18n/nl/index.js';
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { recordDecision, submitVersion } from '../review/versions.js';
import type { Project } from '../schema/project.js';
import { sampleHiringProject } from './hiring.js';

export function dutchHiringProject(): Project {
  const edition = projectFromTemplate(findTemplate('cxo', 'nl')!);
  let p: Project = { ...sampleHiringProject(), role: edition.role, rubric: edition.rubric };
  p.role.company.name = 'Van der Berg Verzekeringen N.V.';
  p.hiring.candidates[0]!.currentRole = 'Directeur Klantenservice, Rijnland Bank';
  p = submitVersion(p, 'Sanne de Vries', new Date('2026-11-23T10:00:00Z'));
  const decided = recordDecision(
    p,
    {
      version: 1,
      outcome: 'approve-with-changes',
      date: '2026-11-25',
      members: ['Sanne de Vries', 'Pieter Jansen'],
      conflicts: [{ member: 'Pieter Jansen', interest: 'Heeft met een van de kandidaten samengewerkt.', recused: true }],
      notes: 'Vermeld de salarisschaal voordat de vacature wordt gepubliceerd.',
      recordedBy: 'Sanne de Vries',
    },
    'd1',
    new Date('2026-11-25T16:00:00Z'),
  );
  if (!decided) throw new Error('version 1 was not submitted');
  return decided;
}

/**
 * The lines the English catalogue prints where the Dutch one says something else (placeholders and
 * words of three letters or fewer left out): none of them may reach a Dutch screen or document.
 */
export function englishOnlyLines(): Set<string> {
  const dutch = flatten(nlCatalogue);
  const lines = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (text.includes('{{') || text.trim().length < 4 || dutch.get(key) === text) continue;
    lines.add(text.trim());
  }
  return lines;
}
