// open-1000: opening a project of 1,000 candidates in the browser host, from the click on Open in
// the app's file dialog to the next paint after the opened project is on screen (its "Opened …"
// notice shown): the request, the host reading the file through the one format boundary (size,
// UTF-8, JSON, migration, ajv, references), the answer crossing to the page, the document
// language, the store and React's render. Absolute target: a median of at most 250 ms.
// The project: 1,000 candidates, 4 interviewers, 16 criteria (the Compare end-to-end test's
// thousand), 4,000 scorecards, as the app saves it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeProject } from '../../core/formats/index.js';
import '../../core/i18n/all.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { launchChromium } from '../lib/browser.js';
import { OPEN_AND_WAIT } from '../lib/page-timing.js';
import { RENDERER_DIR } from '../lib/paths.js';
import { serve } from '../lib/serve.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUPS = 2;
const RUNS = 12;
const TARGET_MS = 250;

export const open1000: RowModule = {
  id: 'open-1000',
  async measure(): Promise<Row[]> {
    const app = await serve(RENDERER_DIR);
    const browser = await launchChromium();
    try {
      await mkdir(app.documentsDir, { recursive: true });
      const path = join(app.documentsDir, 'thousand.cxorole');
      await writeFile(path, serializeProject(syntheticProject({ candidates: 1000, interviewers: 4, criteria: 16, seed: 5 })));
      const samples: number[] = [];
      for (let i = 0; i < WARMUPS + RUNS; i++) {
        // a fresh page each time: nothing of the last open is cached in the page
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
        const page = await context.newPage();
        await page.goto(app.url);
        await page.getByRole('button', { name: 'Open a file…' }).first().click();
        await page.getByRole('dialog').getByLabel('File path').fill(path);
        const ms = await page.evaluate(`(${OPEN_AND_WAIT})(${JSON.stringify([path, 'Open'])})`);
        if (typeof ms !== 'number') throw new Error('the page did not time the open');
        if ((await page.getByText('Candidate 1000').count()) === 0 && (await page.locator('h1').count()) === 0)
          throw new Error('the opened project is not on screen');
        await context.close();
        if (i >= WARMUPS) samples.push(ms);
      }
      return [absoluteRow({ name: 'open-1000', samples }, TARGET_MS)];
    } finally {
      await browser.close();
      await app.close();
    }
  },
};
