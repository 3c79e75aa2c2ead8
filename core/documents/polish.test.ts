// The four documents made from a Polish template, packed as the app packs them and read back as a
// person would: the role's own Polish words, the headings of the Polish catalogue, dates in Polish,
// and nothing of the English catalogue (no heading, label or sentence) and no raw catalogue key.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en/index.js';
import pl from '../i18n/pl/index.js';
import { flatten } from '../i18n/completeness.js';
import { translator } from '../i18n/index.js';
import { projectFromTemplate } from '../project/from-template.js';
import { findTemplate } from '../project/templates.js';
import { emptyHiring } from '../project/empty.js';
import type { Project } from '../schema/project.js';
import { card } from '../testing/hiring.js';
import { buildBoardPack } from './board-pack/build.js';
import { packDocument } from './docx/pack.js';
import { buildRubricDocument } from './guide/build.js';
import { buildJobDescription } from './jd/build.js';
import { buildResultsDocument } from './results/build.js';
import type { DocumentTree } from './tree.js';

const t = translator('pl');
const DATE = new Date('2026-06-08T12:00:00Z');

/** The Polish cco edition with a small panel: two candidates scored, one not yet. */
function polishProject(): Project {
  const project = projectFromTemplate(findTemplate('cco', 'pl')!);
  const criteria = project.rubric.criteria.map((c) => c.id);
  const rate = (score: (i: number) => number, evidence: string) =>
    criteria.map((criterionId, i) => ({ criterionId, rating: score(i), evidence: i === 0 ? evidence : '' }));
  return {
    ...project,
    hiring: {
      ...emptyHiring(),
      interviewers: [
        { id: 'anna', name: 'Anna Wiśniewska', focus: [] },
        { id: 'piotr', name: 'Piotr Żuławski', focus: [] },
      ],
      candidates: [
        { id: 'lucja', name: 'Łucja Żółkiewska', currentRole: 'Dyrektorka ds. obsługi klienta', origin: 'external' },
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
}

async function readBack(tree: DocumentTree): Promise<string> {
  const buffer = Buffer.from(await packDocument(tree, 'pl'));
  return (await mammoth.extractRawText({ buffer })).value;
}

// English sentences and labels the Polish catalogue words differently: the fixed words between
// placeholders, long enough to be telling ("Job description", "Weighted score: …").
const ENGLISH = (() => {
  const polish = flatten(pl);
  const phrases = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (polish.get(key) === text || key.startsWith('ui.') || key.startsWith('errors.') || key.startsWith('cli.')) continue;
    for (const fragment of text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)) {
      const words = fragment.trim().replace(/[:.,;]+$/, '');
      if (words.split(/\s+/).length >= 2 && words.length >= 12) phrases.add(words);
    }
  }
  return [...phrases];
})();
const RAW_KEY = /\b(?:jd|scoring|boardPack|panel|vocab|rubricContent|language|review|ui)\.[A-Za-z]+\.[A-Za-z]/;

describe('documents from a Polish template, read back', () => {
  const project = polishProject();
  const documents = {
    'job description': () => buildJobDescription(project.role, t, { date: DATE }),
    'interviewer guide': () => buildRubricDocument(project, t, { date: DATE }),
    results: () => buildResultsDocument(project, t, { date: DATE }),
    'board pack': () => buildBoardPack(project, t, { date: DATE, languageAppendix: true }),
  };

  it.each(Object.entries(documents))('%s: in Polish, with no English heading or sentence and no raw key', async (_, build) => {
    const text = await readBack(build());
    expect(text).toContain('Dyrektor/Dyrektorka ds. Klientów');
    expect(text.match(/[ąćęłńóśźż]/g)?.length ?? 0).toBeGreaterThan(20);
    expect(ENGLISH.filter((phrase) => text.includes(phrase))).toEqual([]);
    expect(text).not.toMatch(RAW_KEY);
  });

  it('prints the role in its own words and the catalogue’s Polish headings', async () => {
    const jd = await readBack(documents['job description']());
    expect(jd).toContain(project.role.objectives.purpose);
    expect(jd).toContain(t('jd.heading.responsibilities'));
    expect(jd).toContain(project.role.mustHaves[0]!.text);
    const guide = await readBack(documents['interviewer guide']());
    expect(guide).toContain('Proszę opisać mapę ścieżki klienta');
    const results = await readBack(documents.results());
    for (const name of ['Łucja Żółkiewska', 'Jan Dąbrowski', 'Ewa Gęsicka']) expect(results).toContain(name);
    const pack = await readBack(documents['board pack']());
    expect(pack).toContain('8 czerwca 2026');
  });
});
