// Undo and redo over the whole project: a removed must-have comes back from the "Removed — Undo"
// bar; Ctrl+Z in one field undoes the project's last edit (in another field) and goes there, never
// the browser's own per-field undo; a word typed is one step; a removed candidate comes back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { reviewedProject } from '../core/testing/review.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { goToStep, textBox } from './helpers/language.js';
import { openCandidate, showView } from './helpers/scoring.js';
import { answerFileDialog, chooseTemplate } from './helpers/wizard.js';

const app = useHostAndBrowser();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('undo and redo', () => {
  it('brings back a removal from the bar, and undoes the project’s last edit wherever the focus is', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await chooseTemplate(page, /Chief Experience Officer/);
    const name = page.getByLabel('Company name');
    await name.fill('Harbour Bank');

    // a removal says so, with a way back
    await goToStep(page, 'Qualifications and qualities');
    const first = await textBox(page, 'Must-have 1').inputValue();
    await page.getByRole('button', { name: 'Remove Must-have 1' }).click();
    const bar = page.locator('.removal-toast');
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Removed Must-have 1.');
    expect(await seriousViolations(page, 'Removed — Undo')).toEqual([]);
    await screenshot(page, 'undo-removed', false);
    await bar.getByRole('button', { name: 'Undo removing Must-have 1' }).click();
    await expect.poll(() => textBox(page, 'Must-have 1').inputValue()).toBe(first);

    // Ctrl+Z in the company name undoes the last edit, made in the industry box, and goes there
    await goToStep(page, 'Company and context');
    const industry = page.getByLabel('Industry');
    await industry.fill('');
    await industry.pressSequentially('Retail banking', { delay: 20 });
    await name.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => industry.inputValue()).toBe('Retail');
    expect(await name.inputValue()).toBe('Harbour Bank');
    expect(await focusedId(page)).toBe(await industry.getAttribute('id'));
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => industry.inputValue()).toBe('Retail banking');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => industry.inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => industry.inputValue()).toBe('Retail');
    expect(errors).toEqual([]);
  });

  it('brings back a removed candidate with all their scorecards', async () => {
    const path = join(app.host.documentsDir, 'undo-candidates.cxorole');
    writeFileSync(path, serializeProject(reviewedProject()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await showView(page, 'Candidates');
    await openCandidate(page, 'James Whitfield');
    await page.getByRole('button', { name: 'Remove candidate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove James Whitfield and their scorecards' }).click();
    await expect.poll(() => page.locator('.removal-toast').getByRole('status').textContent()).toBe('Removed James Whitfield.');
    expect(await page.locator('.candidate-list').textContent()).not.toContain('James Whitfield');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.candidate-list').textContent()).toContain('James Whitfield');
    expect(await page.locator('.candidate-list').textContent()).toContain('2 of 3 scorecards submitted');
    expect(errors).toEqual([]);
  });
});
