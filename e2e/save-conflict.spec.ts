// Nothing overwritten behind the user's back (issue 11, items 3 and 6): a project changed on disk by
// `cxo-studio merge` while it is open is never saved over unseen; the user is told, can compare,
// reload, or replace it knowingly. Saving or exporting over an existing file asks first. Both
// dialogs pass axe and are photographed at 1280×800 and 1024×700.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { blankScorecardFile } from '../core/hiring/exchange.js';
import { sampleHiringProject } from '../core/testing/hiring.js';
import { runCli } from '../electron/cli/run.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp, screenshot } from './helpers/browser.js';
import { download } from './helpers/download.js';
import { answerFileDialog, leftStart, saveAsFromHeader } from './helpers/wizard.js';

const app = useHostAndBrowser();

async function openProjectFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Open a file…' }).first().click();
  await answerFileDialog(page, path, 'Open');
  await page.getByLabel('Company name').waitFor();
}

/** The merge an offline interviewer's card goes through, run while the app has the file open. */
async function mergeCardFromNoor(path: string): Promise<void> {
  const card = blankScorecardFile(sampleHiringProject(), 'noor', 'ana', new Date('2026-03-04T09:00:00Z'))!;
  card.scorecard.ratings.forEach((r) => (r.rating = 4));
  const cardPath = join(path, '..', 'noor-ana.json');
  await writeFile(cardPath, JSON.stringify(card));
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await runCli(['merge', path, cardPath], quiet)).toBe(0);
}

async function atBothSizes(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1280x800`, false);
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshot(page, `${name}-1024x700`, false);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const scorecardsIn = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as ReturnType<typeof sampleHiringProject>).hiring.scorecards;

describe('a project changed on disk while it is open', () => {
  it('is not saved over: the user is told, compares, cancels, then reloads', async () => {
    const path = join(app.host.documentsDir, 'merged.cxorole');
    await writeFile(path, serializeProject(sampleHiringProject()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openProjectFile(page, path);
    await mergeCardFromNoor(path);
    const merged = await readFile(path, 'utf8');
    // the merge kept the version before it as the backup; a refused save must not touch that either
    const backup = await readFile(`${path}.bak`, 'utf8');

    await page.getByLabel('Company name').fill('Renamed in the app');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '“merged.cxorole” was changed by someone else' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Your version was not saved, so nothing of theirs has been lost.');
    expect(await seriousViolations(page, 'Save conflict')).toEqual([]);
    await dialog.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Only on disk (replacing would remove them): Noor Haddad · Ana Souza');
    expect(await dialog.textContent()).toContain('Renamed in the app');
    expect(await seriousViolations(page, 'Save conflict, compared')).toEqual([]);
    await atBothSizes(page, 'save-conflict');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('was changed by another program or window after you opened it');
    expect(await readFile(path, 'utf8')).toBe(merged);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(backup);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('button', { name: 'Reload from disk' }).click();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe(sampleHiringProject().role.company.name);
    expect(await readFile(path, 'utf8')).toBe(merged);
    // reloaded, the file is the version open: the next save goes through
    await page.getByLabel('Company name').fill('Saved after reloading');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText(`Saved to ${path}.`).count()).toBe(1);
    expect((await scorecardsIn(path)).some((s) => s.candidateId === 'noor')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is replaced only when the user chooses to, keeping the merged version as the backup', async () => {
    const path = join(app.host.documentsDir, 'replaced.cxorole');
    await writeFile(path, serializeProject(sampleHiringProject()));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await openProjectFile(page, path);
    await mergeCardFromNoor(path);
    const merged = await readFile(path, 'utf8');
    await page.getByLabel('Company name').fill('Mine, knowingly');
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: '“replaced.cxorole” was changed by someone else' });
    await dialog.getByRole('button', { name: 'Replace it with my version' }).click();
    await expect.poll(() => page.getByText(`Saved to ${path}.`).count()).toBe(1);
    expect(JSON.parse(await readFile(path, 'utf8')).role.company.name).toBe('Mine, knowingly');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(merged);
    expect(errors).toEqual([]);
  });
});

describe('saving or exporting over a file that is already there', () => {
  it('asks first, in the in-app save dialog, and lets the user choose another name', async () => {
    const existing = join(app.host.documentsDir, 'taken.cxorole');
    const theirs = serializeProject(sampleHiringProject('cco'));
    await writeFile(existing, theirs);
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page
      .getByRole('button', { name: /Chief Experience Officer/ })
      .first()
      .click();
    await page.getByLabel('Company name').fill('Northwind');
    await saveAsFromHeader(page);
    const files = page.getByRole('dialog', { name: 'Save the role project' });
    await files.getByLabel('File path').fill(existing);
    await files.getByRole('button', { name: 'Save', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Replace “taken.cxorole”?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('its current contents are kept as taken.cxorole.bak');
    expect(await seriousViolations(page, 'Confirm replace')).toEqual([]);
    await atBothSizes(page, 'confirm-replace');
    await confirm.getByRole('button', { name: 'Choose another name' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await readFile(existing, 'utf8')).toBe(theirs);
    // back in the save dialog: a new name goes straight through
    const fresh = join(app.host.documentsDir, 'northwind.cxorole');
    await files.getByLabel('File path').fill('northwind');
    await files.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText(`Saved to ${fresh}.`).count()).toBe(1);

    // in the browser host an export is a download: nothing on disk is replaced, whatever is there
    const docx = join(app.host.documentsDir, 'jd.docx');
    await writeFile(docx, 'an older export');
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button').last().click();
    await download(page, page.getByRole('button', { name: 'Export DOCX…' }), join(app.host.root, 'downloaded-jd.docx'));
    expect(await readFile(docx, 'utf8')).toBe('an older export');
    expect((await readFile(join(app.host.root, 'downloaded-jd.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]);
  });

  it('refuses a folder or a path that is not whole, in words, keeping the dialog open', async () => {
    const folder = join(app.host.documentsDir, 'looks-like.cxorole');
    await mkdir(folder);
    const { page } = await openApp(app.browser, app.host.url);
    await page
      .getByRole('button', { name: /Chief Experience Officer/ })
      .first()
      .click();
    await leftStart(page);
    await saveAsFromHeader(page);
    const files = page.getByRole('dialog', { name: 'Save the role project' });
    await files.getByLabel('File path').fill(folder);
    await files.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => files.getByRole('alert').textContent()).toContain(`${folder} is a folder`);
    await files.getByLabel('File path').fill('C:\\Users\\ana\\role.cxorole');
    await files.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => files.getByRole('alert').textContent()).toContain('is not a full path');
    expect(await seriousViolations(page, 'Save dialog, path refused')).toEqual([]);
    await atBothSizes(page, 'save-dialog-refused');
    expect(existsSync(join(app.host.root, 'documents', 'C:\\Users\\ana\\role.cxorole'))).toBe(false);
  });
});
