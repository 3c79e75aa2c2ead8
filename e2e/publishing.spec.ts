// "Fix before publishing" means it: exporting a job description with high-severity findings lists
// them and asks; a finding dismissed with a reason no longer stops it, and the board pack prints
// the reason.
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { download } from './helpers/download.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { goToStep, textBox } from './helpers/language.js';
import { showView } from './helpers/scoring.js';
import { chooseTemplate } from './helpers/wizard.js';

const app = useHostAndBrowser();
const REASON = 'Our customers are schools; we describe their pupils, not the applicant.';

describe('fix before publishing', () => {
  it('asks before exporting with a high-severity finding, and takes a reason to dismiss it', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await chooseTemplate(page, /Chief Experience Officer/);
    await page.getByLabel('Company name').fill('Harbour Bank');
    await goToStep(page, 'Qualifications and qualities');
    await textBox(page, 'Must-have 1').fill('Experience of serving young customers as a digital native');
    await goToStep(page, 'Review');

    const exportButton = page.getByRole('button', { name: 'Export DOCX…' });
    await exportButton.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Fix before publishing: 2 findings could exclude applicants');
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^“young” in Must-have 1: /),
      expect.stringMatching(/^“digital native” in Must-have 1: /),
    ]);
    expect(await seriousViolations(page, 'Fix before publishing')).toEqual([]);
    await screenshot(page, 'publishing-gate', false);
    await dialog.getByRole('button', { name: 'Go back and fix' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('language-check');

    // one fixed, one dismissed with a reason: nothing stops the export any more
    await page.getByRole('button', { name: /^Use “fluent user of digital tools” instead of “digital native”/ }).click();
    await page.getByRole('button', { name: /^Dismiss for this role: “young”/ }).click();
    await page.getByLabel('Why is “young” right for this role?').fill(REASON);
    await page.getByRole('button', { name: 'Dismiss with this reason' }).click();
    await download(page, exportButton, join(app.host.root, 'jd.docx'));
    expect(await page.getByRole('dialog').count()).toBe(0);

    // the board pack shows the reason
    await showView(page, 'Board review');
    const pack = join(app.host.root, 'pack.docx');
    await download(page, page.getByRole('button', { name: 'Export board pack DOCX…' }), pack);
    const text = (await mammoth.extractRawText({ path: pack })).value;
    expect(text).toContain('Wording kept against the language check');
    expect(text).toContain(REASON);
    expect(errors).toEqual([]);
  });
});
