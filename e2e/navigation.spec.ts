// Long pages you can find your way in: the Board review's list marks the part being read and lands
// on the part it names below the header; the scorecard's strip does the same for its criteria; at
// 1440 px the job description stands beside the form; weight sliders span the weights in use.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { reviewedProject } from '../core/testing/review.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { goToStep } from './helpers/language.js';
import { actAs, becomeLead, openCandidate, showView } from './helpers/scoring.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();

async function openReviewed(page: Page, name: string): Promise<void> {
  const path = join(app.host.documentsDir, `${name}.cxorole`);
  writeFileSync(path, serializeProject(reviewedProject()));
  await page.getByRole('button', { name: 'Open a file…' }).first().click();
  await answerFileDialog(page, path, 'Open');
  await page.getByLabel('Company name').waitFor();
}

/** The target's top sits below the sticky header, in view. */
const landed = (page: Page, id: string) =>
  page.evaluate((target) => {
    const el = document.getElementById(target)!;
    const header = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
    const top = el.getBoundingClientRect().top;
    return top >= header - 1 && top < window.innerHeight / 2 && document.activeElement === el;
  }, id);

describe('finding your way in long pages', () => {
  it('lands each Board review link on its part, and marks the part being read', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await openReviewed(page, 'nav-review');
    await showView(page, 'Board review');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await contents.getByRole('link', { name: 'Decisions' }).click();
    await expect.poll(() => landed(page, 'review-decisions')).toBe(true);
    await expect.poll(() => contents.locator('[aria-current="location"]').textContent()).toBe('Decisions');
    await contents.getByRole('link', { name: 'Background' }).click();
    await expect.poll(() => landed(page, 'review-background')).toBe(true);
    await expect.poll(() => contents.locator('[aria-current="location"]').textContent()).toBe('Background');
    expect(errors).toEqual([]);
  });

  it('lists the Rubric step’s parts under it, and a scorecard’s criteria above it', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await openReviewed(page, 'nav-rubric');
    await goToStep(page, 'Rubric');
    const parts = page.getByRole('navigation', { name: 'Parts of Rubric' });
    await parts.getByRole('link', { name: 'Who asks what' }).click();
    await expect.poll(() => landed(page, 'focus-matrix-caption')).toBe(true);
    await expect.poll(() => parts.locator('[aria-current="location"]').textContent()).toBe('Who asks what');
    // the sliders span three fair shares of 100, not 0–100
    const max = await page.locator('.criterion-list input[type="range"]').first().getAttribute('max');
    expect(Number(max)).toBeLessThan(100);

    await showView(page, 'Candidates');
    // under independent scoring the hiring lead enrols an interviewer the first time they score
    await becomeLead(page);
    await actAs(page, 'Chloé Dubois');
    await openCandidate(page, 'James Whitfield');
    const strip = page.getByRole('navigation', { name: 'Criteria on this scorecard' });
    expect(await page.locator('.scorecard-nav .hint').textContent()).toMatch(/^\d+ of \d+ criteria rated\./);
    await strip.getByRole('link', { name: 'Recommendation' }).click();
    await expect.poll(() => landed(page, 'scorecard-recommendation')).toBe(true);
    await screenshot(page, 'nav-scorecard', false);
    expect(errors).toEqual([]);
  });

  it('shows the job description beside the form at 1440 px, and not at 1280', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReviewed(page, 'nav-wide');
    const live = page.getByRole('complementary', { name: 'The job description as it stands' });
    await expect.poll(() => live.count()).toBe(1);
    await page.getByLabel('Company name').fill('Live Update Ltd');
    await expect.poll(() => live.textContent()).toContain('Live Update Ltd');
    const form = await page.locator('main.step').boundingBox();
    const aside = await live.boundingBox();
    expect(aside!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    await screenshot(page, 'nav-1440-live-jd', false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => live.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
