// A Ukrainian hiring process for tests: the sample process (same item ids, so the same criteria and
// scorecards) on the Ukrainian CXO edition, with a Ukrainian company, people and notes, version 1
// submitted and a decision with a declared conflict, so every document and view has its own words.
import { flatten } from '../i18n/completeness.js';
import en from '../i18n/en/index.js';
import uk from '../i18n/uk/index.js';
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { recordDecision, submitVersion } from '../review/versions.js';
import type { Project } from '../schema/project.js';
import { sampleHiringProject } from './hiring.js';

const PEOPLE: Record<string, string> = {
  ana: 'Олена Бондар',
  ben: 'Тарас Мельник',
  chloe: 'Ірина Ковальчук',
  james: 'Андрій Шевчук',
  maria: 'Марія Литвиненко',
  noor: 'Юлія Гнатюк',
};
const CURRENT_ROLES: Record<string, string> = {
  james: 'Віцепрезидент з клієнтських операцій, «Укртелеком»',
  maria: 'Директорка з маркетингу, «Нова пошта»',
};
const NOTES = [
  'Побудувала карту шляху клієнта для програми лояльності в 40 магазинах.',
  'Запустив програму «голос клієнта» в контакт-центрі банку.',
  'Не зміг назвати жодної карти шляху клієнта, з якою працював.',
];

export function ukrainianHiringProject(): Project {
  const edition = projectFromTemplate(findTemplate('cxo', 'uk')!);
  const sample = sampleHiringProject();
  const hiring = sample.hiring;
  for (const person of [...hiring.interviewers, ...hiring.candidates]) person.name = PEOPLE[person.id] ?? person.name;
  for (const candidate of hiring.candidates) candidate.currentRole = CURRENT_ROLES[candidate.id] ?? candidate.currentRole;
  let note = 0;
  for (const rating of hiring.scorecards.flatMap((c) => c.ratings)) {
    if (rating.evidence) rating.evidence = NOTES[note++ % NOTES.length]!;
  }
  let p: Project = { ...sample, role: edition.role, rubric: edition.rubric, hiring };
  p.role.company = { ...p.role.company, name: 'ТОВ «Північний вітер»', industry: 'Енергетика', size: '250-999', stage: 'established' };
  p.role.position.location = 'Київ, Україна';
  p = submitVersion(p, 'Олена Бондар', new Date('2026-11-23T10:00:00Z'));
  const decided = recordDecision(
    p,
    {
      version: 1,
      outcome: 'approve-with-changes',
      date: '2026-11-25',
      members: ['Олена Бондар', 'Тарас Мельник'],
      conflicts: [{ member: 'Тарас Мельник', interest: 'Працював з однією з кандидатур у попередній компанії.', recused: true }],
      notes: 'Перед публікацією вказати діапазон заробітної плати.',
      recordedBy: 'Олена Бондар',
    },
    'd1',
    new Date('2026-11-25T16:00:00Z'),
  );
  if (!decided) throw new Error('version 1 was not submitted');
  return decided;
}

/**
 * The lines the English catalogue prints where the Ukrainian one says something else (placeholders
 * and words of three letters or fewer left out): none of them may reach a Ukrainian screen or document.
 */
export function englishOnlyLines(): Set<string> {
  const ukrainian = flatten(uk);
  const lines = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (text.includes('{{') || text.trim().length < 4 || ukrainian.get(key) === text) continue;
    lines.add(text.trim());
  }
  return lines;
}
