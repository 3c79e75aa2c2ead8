// Every source a document cites in its text is listed in full in that document's References, and
// the References list nothing the document does not cite (bar the articles that relayed a figure).
import { describe, expect, it } from 'vitest';
import { cite, reference } from '../sources/cite.js';
import { SOURCES, sourceById } from '../sources/registry.js';
import { sampleHiringProject } from '../testing/hiring.js';
import { PACK_DATE, t } from '../testing/read-back.js';
import { reviewedProject } from '../testing/review.js';
import { templateProject } from '../testing/roles.js';
import { buildBoardPack } from './board-pack/build.js';
import { buildDebrief } from './debrief/build.js';
import { buildRubricDocument } from './guide/build.js';
import { buildResultsDocument } from './results/build.js';
import type { Block, DocumentTree } from './tree.js';

const ctx = { t, locale: 'en' };

/** The document's text outside its References, and the References' entries. */
function split(tree: DocumentTree): { body: string; references: string[] } {
  const references = tree.blocks.flatMap((b: Block) => (b.kind === 'references' ? b.entries.map((e) => e.text) : []));
  const body = JSON.stringify(tree.blocks.filter((b) => b.kind !== 'references'));
  return { body, references };
}

const documents: [string, () => DocumentTree][] = [
  ['interviewer guide', () => buildRubricDocument(templateProject('cpo-ex'), t, { date: PACK_DATE })],
  ['results', () => buildResultsDocument(sampleHiringProject(), t, { date: PACK_DATE })],
  ['board pack', () => buildBoardPack(reviewedProject(), t, { date: PACK_DATE, languageAppendix: true })],
  ['debrief agendas', () => buildDebrief(sampleHiringProject(), t, { date: PACK_DATE })],
];

describe('References', () => {
  it.each(documents)('the %s lists every source it cites, and only those', (_, build) => {
    const { body, references } = split(build());
    expect(references.length).toBeGreaterThan(0);
    const cited = SOURCES.filter((s) => body.includes(JSON.stringify(cite(s.id, ctx)).slice(1, -1)));
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(references, source.id).toContain(reference(source, ctx).text);
    // a listed source is cited, or relayed a source that is
    const relays = new Set(cited.flatMap((s) => (s.via ? [s.via.source] : [])));
    for (const source of SOURCES.filter((s) => references.includes(reference(s, ctx).text)))
      expect(cited.includes(source) || relays.has(source.id), source.id).toBe(true);
  });

  it('names the debrief’s and the guide’s research with its year', () => {
    expect(cite('kahneman-2021', ctx)).toBe('Kahneman, Sibony and Sunstein, Noise: A Flaw in Human Judgment, 2021');
    expect(sourceById('sackett-2022').published?.year).toBe(2022);
  });
});
