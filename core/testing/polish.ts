// A Polish hiring process for tests: the Polish cco edition with a Polish company, a small panel
// (two candidates scored, one not yet), version 1 submitted and a decision with a declared conflict,
// so every document and view has something of its own to show, every word of it Polish.
import { flatten } from '../i18n/completeness.js';
import en from '../i18n/en/index.js';
import plCatalogue from '../i18n/pl/index.js';
import { emptyHiring } from '../project/empty.js';
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { recordDecision, submitVersion } from '../review/versions.js';
import type { Project } from '../schema/project.js';
import type { Rating } from '../schema/rubric.js';
import { card } from './hiring.js';

export function polishHiringProject(): Project {
  const edition = projectFromTemplate(findTemplate('cco', 'pl')!);
  const criteria = edition.rubric.criteria.map((c) => c.id);
  const rate = (score: (i: number) => number, evidence: string): Rating[] =>
    criteria.map((criterionId, i) => ({ criterionId, rating: score(i), evidence: i === 0 ? evidence : '' }));
  let p: Project = {
    ...edition,
    id: 'p-test-polish',
    hiring: {
      ...emptyHiring(),
      interviewers: [
        { id: 'anna', name: 'Anna Wiśniewska', focus: [] },
        { id: 'piotr', name: 'Piotr Żuławski', focus: [] },
      ],
      candidates: [
        { id: 'lucja', name: 'Łucja Żółkiewska', currentRole: 'Dyrektorka ds. obsługi klienta, Bank Pomorski', origin: 'external' },
        { id: 'jan', name: 'Jan Dąbrowski', currentRole: 'Kierownik działu wsparcia', origin: 'internal' },
        { id: 'ewa', name: 'Ewa Gęsicka', currentRole: '', origin: 'external' },
      ],
      scorecards: [
        card(
          'lucja',
          'anna',
          rate(() => 4, 'Zbudowała program głosu klienta w 40 oddziałach.'),
          'strong-yes',
        ),
        card(
          'lucja',
          'piotr',
          rate(() => 4, 'Opisała mapę ścieżki klienta z liczbami.'),
          'yes',
        ),
        card(
          'jan',
          'anna',
          rate((i) => (i === 0 ? 5 : 3), 'Prowadził program poleceń klientów.'),
          'yes',
        ),
        card(
          'jan',
          'piotr',
          rate((i) => (i === 0 ? 1 : 3), 'Nie podał żadnego przykładu mapy ścieżki.'),
          'no',
        ),
      ],
    },
  };
  p.role.company.name = 'Północ Sp. z o.o.';
  p = submitVersion(p, 'Katarzyna Nowak', new Date('2026-11-23T10:00:00Z'));
  const decided = recordDecision(
    p,
    {
      version: 1,
      outcome: 'approve-with-changes',
      date: '2026-11-25',
      members: ['Katarzyna Nowak', 'Tomasz Łęcki'],
      conflicts: [{ member: 'Tomasz Łęcki', interest: 'Pracował z jedną z osób kandydujących.', recused: true }],
      notes: 'Przed publikacją podać widełki wynagrodzenia.',
      recordedBy: 'Katarzyna Nowak',
    },
    'd1',
    new Date('2026-11-25T16:00:00Z'),
  );
  if (!decided) throw new Error('version 1 was not submitted');
  return decided;
}

/**
 * The fixed words the English catalogue prints where the Polish one says something else: each
 * text's parts between placeholders, of two words and twelve letters or more, that no Polish text
 * also holds (a source's title, a product's name). None of them may reach a Polish screen or document.
 */
export function englishOnlyPhrases(): string[] {
  const polish = flatten(plCatalogue);
  const phrases = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (polish.get(key) === text) continue;
    for (const fragment of text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)) {
      const words = fragment.trim().replace(/[:.,;]+$/, '');
      if (words.split(/\s+/).length >= 2 && words.length >= 12) phrases.add(words);
    }
  }
  const polishTexts = [...polish.values()];
  return [...phrases].filter((phrase) => !polishTexts.some((text) => text.includes(phrase)));
}
