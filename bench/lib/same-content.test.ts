// The bench's baselines stay honest in `npm test` too: for every exported document, the docx
// library called directly with the options worked out from the app's tree writes the same parts
// and elements as the app, and a baseline that leaves something out is caught.
import { describe, expect, it } from 'vitest';
import { buildBoardPack } from '../../core/documents/board-pack/build.js';
import { packDocument } from '../../core/documents/docx/pack.js';
import { buildRubricDocument } from '../../core/documents/guide/build.js';
import { buildJobDescription } from '../../core/documents/jd/build.js';
import { buildResultsDocument } from '../../core/documents/results/build.js';
import { buildScorecardPack } from '../../core/documents/scorecard-pack/build.js';
import type { DocumentTree } from '../../core/documents/tree.js';
import { ownCards, packFrame } from '../../core/hiring/pack/frame.js';
import { translator } from '../../core/i18n/index.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { reviewedProject } from '../../core/testing/review.js';
import { templateRole } from '../../core/testing/roles.js';
import { packDirect } from './direct-docx.js';
import { planFromTree } from './direct-plan.js';
import { differences, summarise } from './same-content.js';

const date = new Date('2025-01-15T00:00:00Z');
const t = translator('en');
const project = syntheticProject({ candidates: 4, interviewers: 3, criteria: 6, seed: 5 });
const frame = packFrame(project, { interviewerId: 'i1' }, t, date)!;

const DOCUMENTS: Record<string, () => DocumentTree> = {
  'job description': () => buildJobDescription(templateRole('cxo'), t, { date }),
  'interviewer guide': () => buildRubricDocument(project, t, { date }),
  results: () => buildResultsDocument(project, t, { date }),
  'board pack': () => buildBoardPack(reviewedProject(project), t, { date, languageAppendix: true }),
  'scorecard pack': () => buildScorecardPack(frame, t, ownCards(project, frame)),
};

describe('the document rows’ baseline', () => {
  for (const [name, build] of Object.entries(DOCUMENTS)) {
    it(`writes the same ${name} as the app`, async () => {
      const tree = build();
      // pages are laid out for the job description only: the layout writes the same on both sides
      // when they hold the same content, and costs seconds a document on a loaded machine
      if (name !== 'job description') tree.frame.writePageNumbers = false;
      const app = summarise(await packDocument(tree));
      const baseline = summarise(await packDirect(planFromTree(tree)));
      expect(differences(app, baseline)).toEqual([]);
      expect(app.parts).toContain('word/header1.xml');
    });
  }

  it('is caught when it leaves out a table or the data', async () => {
    const built = DOCUMENTS['scorecard pack']!();
    const tree = { ...built, frame: { ...built.frame, writePageNumbers: false } };
    const plan = planFromTree(tree);
    const app = summarise(await packDocument(tree));
    const withoutTable = {
      ...plan,
      children: plan.children.filter((c, i) => c.kind !== 'table' || i !== plan.children.findIndex((x) => x.kind === 'table')),
    };
    expect(differences(app, summarise(await packDirect(withoutTable)))).toContainEqual(expect.stringMatching(/w:tbl ×\d+ in the app's/));
    const withoutData = { ...plan, customXml: [] };
    expect(differences(app, summarise(await packDirect(withoutData)))[0]).toMatch(/^the baseline lacks .*customXml\/item1\.xml/);
  });
});
