// Who is speaking: a comment form never fills in the last name used; a name remembered on this
// device is said plainly, and can be swapped for someone else's or forgotten.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { reviewedProject } from '../core/testing/review.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { showView } from './helpers/scoring.js';
import { answerFileDialog } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('who is speaking', () => {
  it('asks each time, or says plainly whose name this device remembers', async () => {
    const path = join(app.host.documentsDir, 'speaker.cxorole');
    writeFileSync(path, serializeProject(reviewedProject()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await showView(page, 'Board review');
    const part = page.getByRole('region', { name: 'Background', exact: true });
    const form = part.locator('details.add-comment');
    const openForm = async () => {
      if ((await form.getAttribute('open')) === null) await part.getByText('Add a comment on Background').click();
    };
    const add = async (name: string | null, text: string, remember = false) => {
      await openForm();
      if (name !== null) await part.getByLabel(/^Your name/).fill(name);
      if (remember) await part.getByLabel('Remember my name on this device').check();
      await part.getByLabel(/^Comment/).fill(text);
      await part.getByRole('button', { name: 'Add comment' }).click();
    };

    await add('Maria Rossi', 'First comment.');
    await expect.poll(() => part.locator('.comment').last().textContent()).toMatch(/^Maria Rossi/);
    // the next person is not signed as Maria
    expect(await part.getByLabel(/^Your name/).inputValue()).toBe('');
    await add('Chair Person', 'Second comment.', true);
    await expect.poll(() => part.locator('.comment').last().textContent()).toMatch(/^Chair Person/);
    // remembered: said plainly, with a way to sign as someone else
    await expect.poll(() => part.locator('.speaker.remembered').textContent()).toContain('Chair Person');
    expect(await seriousViolations(page, 'Remembered speaker')).toEqual([]);
    await screenshot(page, 'speaker-remembered', false);
    await part.getByRole('button', { name: 'Sign as someone else' }).click();
    expect(await part.getByLabel(/^Your name/).inputValue()).toBe('');
    await page.reload();
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await showView(page, 'Board review');
    await openForm();
    await part.getByRole('button', { name: 'Forget Chair Person on this device' }).click();
    expect(await part.getByLabel(/^Your name/).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
