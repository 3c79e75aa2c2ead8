// One builder for every language's hiring-process fixture: a template's edition in that language, a
// panel (the sample process, renamed where the language asks for it, or the language's own), the
// language's company, version 1 submitted and the board's decision with a declared, recused
// conflict, so every document and view has something of its own to show. The words are data, in
// hiring-in-languages.ts.
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { recordDecision, submitVersion } from '../review/versions.js';
import type { Project } from '../schema/project.js';
import type { Hiring } from '../schema/rubric.js';
import type { Company } from '../schema/role.js';
import type { TranslatedLocale } from './english-only.js';
import { sampleHiringProject } from './hiring.js';

/** The board's decision on version 1: the chair submits and records it, the other member steps aside. */
export interface BoardWords {
  chair: string;
  recused: string;
  interest: string;
  notes: string;
}

export interface HiringWords {
  /** the template whose edition in the language the role starts from */
  template: string;
  company: Partial<Company>;
  location?: string;
  /** the sample's interviewers and candidates renamed, by id; the sample's own names otherwise */
  people?: Readonly<Record<string, string>>;
  currentRoles?: Readonly<Record<string, string>>;
  /** notes in the language that replace the sample's evidence, in turn */
  evidence?: readonly string[];
  /** the language's own panel instead of the sample's, scored against the edition's criteria */
  panel?: (criteria: string[]) => Hiring;
  board: BoardWords;
}

/** The sample process (same item ids, so the same criteria and scorecards) with the language's names and notes. */
function samplePanel(words: HiringWords): Hiring {
  const hiring = sampleHiringProject().hiring;
  for (const person of [...hiring.interviewers, ...hiring.candidates]) person.name = words.people?.[person.id] ?? person.name;
  for (const candidate of hiring.candidates) candidate.currentRole = words.currentRoles?.[candidate.id] ?? candidate.currentRole;
  const notes = words.evidence ?? [];
  let note = 0;
  for (const rating of hiring.scorecards.flatMap((c) => c.ratings)) {
    if (rating.evidence && notes.length > 0) rating.evidence = notes[note++ % notes.length]!;
  }
  return hiring;
}

export function hiringProjectFrom(locale: TranslatedLocale, words: HiringWords): Project {
  const template = findTemplate(words.template, locale);
  if (!template) throw new Error(`no ${locale} edition of ${words.template}`);
  const edition = projectFromTemplate(template);
  const hiring = words.panel ? words.panel(edition.rubric.criteria.map((c) => c.id)) : samplePanel(words);
  let p: Project = { ...edition, id: `p-test-${locale}`, hiring };
  p.role.company = { ...p.role.company, ...words.company };
  if (words.location) p.role.position.location = words.location;
  const { chair, recused, interest, notes } = words.board;
  p = submitVersion(p, chair, new Date('2026-11-23T10:00:00Z'));
  const decided = recordDecision(
    p,
    {
      version: 1,
      outcome: 'approve-with-changes',
      date: '2026-11-25',
      members: [chair, recused],
      conflicts: [{ member: recused, interest, recused: true }],
      notes,
      recordedBy: chair,
    },
    'd1',
    new Date('2026-11-25T16:00:00Z'),
  );
  if (!decided) throw new Error('version 1 was not submitted');
  return decided;
}
