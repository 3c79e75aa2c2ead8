// Files the browser's own way: a project and scorecards chosen in the browser's file picker, and
// Enter in the path box that answers the dialog once (it used to press the button behind it too).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { templateProject } from '../core/testing/roles.js';
import { seriousViolations } from './helpers/axe.js';
import { openApp } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { currentStepTitle } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('files the browser’s way', () => {
  it('opens a project chosen in the browser’s own file picker', async () => {
    const project = templateProject('cco');
    project.role.company.name = 'Picked Ltd';
    const path = join(app.host.root, 'picked.cxorole');
    writeFileSync(path, serializeProject(project));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    expect(await seriousViolations(page, 'Open dialog with the browser picker')).toEqual([]);
    await page.getByLabel('Or choose the file with your browser').setInputFiles(path);
    await expect.poll(() => page.getByText('Opened picked.cxorole. Save it to choose where the app keeps it.').count()).toBe(1);
    expect(await page.getByLabel('Company name').inputValue()).toBe('Picked Ltd');
    expect(await page.locator('.doc-file-name').textContent()).toBe('Not saved yet');
    expect(errors).toEqual([]);
  });

  it('saves with Enter in the path box once, and leaves no second dialog behind', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page
      .getByRole('button', { name: /Chief Experience Officer/ })
      .first()
      .click();
    await page.getByLabel('Company name').fill('Enter Ltd');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const box = page.getByRole('dialog').getByLabel('File path');
    const path = join(app.host.documentsDir, 'enter.cxorole');
    await box.fill(path);
    await box.press('Enter');
    await expect.poll(() => page.getByText(`Saved to ${path}.`).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).role.company.name).toBe('Enter Ltd');
    expect(await currentStepTitle(page)).toBe('Company and context');
    expect(errors).toEqual([]);
  });
});
