// compare-sort-10000: sorting Compare with 10,000 candidates, click to paint, in headless Chromium.
// The project: 10,000 candidates, each scored by two interviewers on the four criteria in each
// one's focus (80,000 ratings, 20,000 scorecards), opened from a file as a user would, with
// independent scoring off so Compare shows at once. Each sample is one click on a column header
// (score, then name, turn about, each click reversing that column's order): the whole list
// re-sorted (names by Intl.Collator) and the visible rows drawn again. Target: median ≤ 100 ms.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeProject } from '../../core/formats/index.js';
import '../../core/i18n/all.js';
import type { Project } from '../../core/schema/project.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { launchChromium } from '../lib/browser.js';
import { SORT_AND_WAIT } from '../lib/page-timing.js';
import { RENDERER_DIR } from '../lib/paths.js';
import { serve } from '../lib/serve.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 4;
const RUNS = 30;
const TARGET_MS = 100;
const CANDIDATES = 10_000;

/** Two interviewers, each assessing four criteria of their own, as a panel splits the work. */
export function tenThousand(): Project {
  const project = syntheticProject({ candidates: CANDIDATES, interviewers: 2, criteria: 8, seed: 3 });
  const ids = project.rubric.criteria.map((c) => c.id);
  const focus = [ids.slice(0, 4), ids.slice(4, 8)];
  const interviewers = project.hiring.interviewers.map((i, k) => ({ ...i, focus: focus[k]! }));
  const scorecards = project.hiring.scorecards.map((card) => {
    const mine = new Set(focus[Number(card.interviewerId.slice(1))]);
    return { ...card, ratings: card.ratings.filter((r) => mine.has(r.criterionId)) };
  });
  return { ...project, hiring: { ...project.hiring, independentScoring: false, interviewers, scorecards } };
}

export const compareSort: RowModule = {
  id: 'compare-sort-10000',
  async measure(): Promise<Row[]> {
    const app = await serve(RENDERER_DIR);
    const browser = await launchChromium();
    try {
      await mkdir(app.documentsDir, { recursive: true });
      const path = join(app.documentsDir, 'ten-thousand.cxorole');
      await writeFile(path, serializeProject(tenThousand()));
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Open a file…' }).first().click();
      await page.getByRole('dialog').getByLabel('File path').fill(path);
      await page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).click();
      await page.getByText(`Opened ${path}.`).waitFor({ timeout: 60_000 });
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
      await page.locator('.compare-table tbody tr').first().waitFor({ timeout: 60_000 });
      const caption = (await page.locator('#compare-caption').textContent()) ?? '';
      if (!caption.replace(/\D/g, '').includes(String(CANDIDATES)))
        throw new Error(`Compare does not show ${CANDIDATES} candidates: ${caption}`);
      const samples: number[] = [];
      for (let i = 0; i < WARMUPS + RUNS; i++) {
        const column = i % 2 === 0 ? 'score' : 'name';
        const ms = await page.evaluate(`(${SORT_AND_WAIT})(${JSON.stringify(column)})`);
        if (typeof ms !== 'number') throw new Error('the page did not time the sort');
        if (i >= WARMUPS) samples.push(ms);
        await page.waitForTimeout(100);
      }
      return [absoluteRow({ name: 'compare-sort-10000', samples }, TARGET_MS)];
    } finally {
      await browser.close();
      await app.close();
    }
  },
};
