// keystroke: typing in the longest wizard step, key to next paint, in headless Chromium. The CXO
// template's Rubric step (the most fields and elements of any step: every criterion's weight,
// anchors, questions and evidence), typing into the first criterion's evidence box (its details opened). Each key is
// timed in the page from its keydown to the paint after it (bench/lib/page-timing.ts); the row is
// the median over many keystrokes after warm-up ones, typed at a steady pace.
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { TIME_KEYSTROKES } from '../lib/page-timing.js';
import { RENDERER_DIR } from '../lib/paths.js';
import { serve } from '../lib/serve.js';
import { absoluteRow, type Row, type RowModule } from '../lib/types.js';

const WARMUP_KEYS = 20;
const KEYS = 120;
/** between keys: a quick typist, and time for anything a keystroke schedules to finish */
const PACE_MS = 60;
const TARGET_MS = 16;
const TEXT = 'Names a journey she fixed end to end, with the metric that moved and by how much. ';

/** From the Start step to the Rubric step of a new CXO role, as a person gets there. */
async function toRubricStep(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /Chief Experience Officer/ })
    .first()
    .click();
  await page.getByLabel(/^Company name/).fill('Acme Retail');
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /^Rubric/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Rubric' }).waitFor();
}

export async function typeAndTime(page: Page, keys: number): Promise<number[]> {
  await page.evaluate(TIME_KEYSTROKES);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type(TEXT[i % TEXT.length]!);
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(200);
  return (await page.evaluate('window.__keySamples')) as number[];
}

export const keystroke: RowModule = {
  id: 'keystroke',
  async measure(): Promise<Row[]> {
    const app = await serve(RENDERER_DIR);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(app.url);
      await toRubricStep(page);
      await page.getByText('Anchors, questions and evidence').first().click();
      const box = page.locator('main textarea[id$=".evidence"]:visible').first();
      await box.click();
      await page.keyboard.press('End');
      const samples = (await typeAndTime(page, WARMUP_KEYS + KEYS)).slice(WARMUP_KEYS);
      if (samples.length < KEYS) throw new Error(`only ${samples.length} of ${KEYS} keystrokes were timed`);
      const typed = await box.inputValue();
      if (!typed.includes(TEXT.slice(0, 20))) throw new Error('the keystrokes did not reach the field');
      return [absoluteRow({ name: 'keystroke', samples }, TARGET_MS)];
    } finally {
      await browser.close();
      await app.close();
    }
  },
};
