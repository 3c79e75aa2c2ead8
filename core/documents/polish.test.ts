// The four documents made from a Polish template, packed as the app packs them and read back as a
// person would: the role's own Polish words, the headings of the Polish catalogue, dates in Polish,
// and nothing of the English catalogue (no heading, label or sentence) and no raw catalogue key.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { englishOnlyPhrases } from '../testing/english-only.js';
import { hiringProjectIn } from '../testing/hiring-in-languages.js';
import { buildBoardPack } from './board-pack/build.js';
import { packDocument } from './docx/pack.js';
import { buildRubricDocument } from './guide/build.js';
import { buildJobDescription } from './jd/build.js';
import { buildResultsDocument } from './results/build.js';
import type { DocumentTree } from './tree.js';

const t = translator('pl');
const DATE = new Date('2026-06-08T12:00:00Z');

async function readBack(tree: DocumentTree): Promise<string> {
  const buffer = Buffer.from(await packDocument(tree));
  return (await mammoth.extractRawText({ buffer })).value;
}

// what the English catalogue says where the Polish one says something else
const ENGLISH = englishOnlyPhrases('pl');
const RAW_KEY = /\b(?:jd|scoring|boardPack|panel|vocab|rubricContent|language|review|ui)\.[A-Za-z]+\.[A-Za-z]/;

describe('documents from a Polish template, read back', () => {
  const project = hiringProjectIn('pl');
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
    expect(pack).toContain('Pracował z jedną z osób kandydujących.');
  });
});
