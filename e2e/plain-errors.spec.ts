// Plain errors with a way out: a Word document renamed to .cxorole says what it is, and a damaged
// project whose backup still reads offers the backup, which opens unsaved in the project's place.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { templateProject } from '../core/testing/roles.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp, screenshot } from './helpers/browser.js';
import { answerFileDialog, currentStepTitle } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('plain errors', () => {
  it('says a renamed Word document is a Word document', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const path = join(app.host.documentsDir, 'renamed.cxorole');
    await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
    const { page } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This is a Word document, not a CXO Role Studio project.');
    expect(await page.getByRole('alert').textContent()).not.toContain('JSON');
  });

  it('offers the backup of a damaged project, and opens it unsaved under the project’s name', async () => {
    const good = templateProject('cxo');
    good.role.company.name = 'Backup Bank';
    const path = join(app.host.documentsDir, 'damaged.cxorole');
    await writeFile(`${path}.bak`, serializeProject(good));
    await writeFile(path, serializeProject(good).slice(0, 200));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    const offer = page.getByRole('button', { name: /^Open the backup of damaged\.cxorole/ });
    await offer.waitFor();
    await screenshot(page, 'damaged-offers-backup', false);
    await offer.click();
    await expect.poll(() => page.getByText(/^Opened the backup of /).count()).toBe(1);
    expect(await currentStepTitle(page)).toBe('Company and context');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Backup Bank');
    expect(await page.locator('.doc-file-name').textContent()).toBe('damaged.cxorole');
    expect(await page.locator('.dirty').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
