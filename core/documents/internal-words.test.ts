// No word of how this product was made reaches a user: not in the message catalogue, the role
// templates or the language-rule files, and not in any document the app exports, its text, its
// charts or its properties.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en/index.js';
import italian from '../i18n/it/index.js';
import nl from '../i18n/nl/index.js';
import pl from '../i18n/pl/index.js';
import uk from '../i18n/uk/index.js';
import { BUILT_IN } from '../language/load-rules.js';
import { TEMPLATES } from '../project/templates.js';
import { sampleHiringProject } from '../testing/hiring.js';
import { packFor } from '../testing/packs.js';
import { INTERNAL_WORDS } from '../testing/internal-words.js';
import { packTree, PACK_DATE, t } from '../testing/read-back.js';
import { reviewedProject } from '../testing/review.js';
import { templateProject } from '../testing/roles.js';
import { buildBoardPack } from './board-pack/build.js';
import { buildDebrief } from './debrief/build.js';
import { buildRubricDocument } from './guide/build.js';
import { buildJobDescription } from './jd/build.js';
import { buildResultsDocument } from './results/build.js';

const strings = (value: unknown, path: string): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
      : [];

const internal = (entries: [string, string][]) =>
  entries.flatMap(([where, text]) => INTERNAL_WORDS.filter((word) => word.test(text)).map((word) => `${where}: ${String(word)}`));

/** Every text part of a packed document: body, headers, footers, charts, properties. */
async function partsOf(buffer: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((f) => f.endsWith('.xml'));
  return Promise.all(
    names.map(async (name) => [name, (await zip.file(name)!.async('string')).replace(/<[^>]+>/g, ' ')] as [string, string]),
  );
}

describe('internal words', () => {
  it('are in no catalogue, template or language-rule file', () => {
    expect(internal(strings({ en, it: italian, nl, pl, uk }, 'catalogue'))).toEqual([]);
    expect(internal(TEMPLATES.flatMap((tpl) => strings(tpl, `template ${tpl.id}`)))).toEqual([]);
    expect(internal(Object.entries(BUILT_IN).flatMap(([locale, files]) => strings(files, `rules ${locale}`)))).toEqual([]);
  });

  it.each(TEMPLATES.map((tpl) => tpl.id))('are in none of the documents exported for template %s', async (id) => {
    const project = templateProject(id);
    const trees = [
      buildJobDescription(project.role, t, { date: PACK_DATE }),
      buildRubricDocument(project, t, { date: PACK_DATE }),
      buildBoardPack(project, t, { date: PACK_DATE, languageAppendix: true }),
    ];
    for (const tree of trees) expect(internal(await partsOf(await packTree(tree))), tree.kind).toEqual([]);
  });

  it('are in neither the results, a reviewed board pack, the debrief agendas nor a scorecard pack', async () => {
    const hiring = sampleHiringProject();
    for (const tree of [
      buildResultsDocument(hiring, t, { date: PACK_DATE }),
      buildBoardPack(reviewedProject(), t, { date: PACK_DATE, languageAppendix: true }),
      buildDebrief(hiring, t, { date: PACK_DATE }),
    ])
      expect(internal(await partsOf(await packTree(tree))), tree.kind).toEqual([]);
    const pack = Buffer.from(await packFor(hiring, { interviewerId: hiring.hiring.interviewers[0]!.id }));
    expect(internal(await partsOf(pack)), 'scorecard pack').toEqual([]);
  });

  it('are recognised where they would have leaked', () => {
    for (const leak of ['(seed 002)', 'Source article 003.', '(DOMAIN.md, source 003)', 'source articles 000 and 003'])
      expect(internal([['sample', leak]]), leak).not.toEqual([]);
  });
});
