// Nothing lost to a crash: unsaved edits reach a recovery copy within seconds; after the host is
// killed, the next start offers them, shows what they hold, and restores them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './helpers/browser.js';
import { startHost, type RunningHost } from './helpers/host.js';
import { answerFileDialog, chooseTemplate } from './helpers/wizard.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

let browser: Browser;
const hosts: RunningHost[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(hosts.map((h) => h.stop()));
});

/** Waits until the host has written a recovery copy holding `text`: the copy is due about a second
 * after the last keystroke (useAutosave's QUIET_MS / MAX_WAIT_MS), later on a loaded machine. */
async function recoveryCopyHolds(host: RunningHost, text: string): Promise<void> {
  const folder = join(host.dataDir, 'recovery');
  await expect
    .poll(
      async () => {
        const names = await readdir(folder).catch(() => [] as string[]);
        const copies = await Promise.all(
          names.filter((n) => n.endsWith('.json')).map((n) => readFile(join(folder, n), 'utf8').catch(() => '')),
        );
        return copies.some((c) => c.includes(text));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

describe('after a crash', () => {
  it('offers the unsaved changes, shows them, and restores them', async () => {
    const first = await startHost();
    hosts.push(first);
    const before = await openApp(browser, first.url);
    await chooseTemplate(before.page, /Chief Customer Officer/);
    await before.page.getByLabel('Company name').fill('Lost-and-Found Logistics');
    await recoveryCopyHolds(first, 'Lost-and-Found Logistics');
    first.process.kill('SIGKILL');
    await before.page.close();

    const second = await startHost(first.root);
    hosts.push(second);
    const { page, errors } = await openApp(browser, second.url);
    await expect.poll(() => page.getByText(/^Restore the unsaved changes from /).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Show what it holds' }).click();
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.textContent()).toContain('Lost-and-Found Logistics');
    await screenshot(page, 'recovery-preview');
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe('Lost-and-Found Logistics');
    expect(await page.getByText('Restored the unsaved changes. Save them to keep them.').count()).toBe(1);

    // the restored copy is discarded: what remains unsaved is this session's own work
    expect(await page.getByText(/^Restore the unsaved changes from /).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows what the copy changes compared with the saved file', async () => {
    const first = await startHost();
    hosts.push(first);
    const before = await openApp(browser, first.url);
    await chooseTemplate(before.page, /Chief Customer Officer/);
    await before.page.getByLabel('Company name').fill('Saved Ltd');
    await before.page.getByRole('button', { name: 'Save', exact: true }).click();
    await answerFileDialog(before.page, join(first.documentsDir, 'saved.cxorole'), 'Save');
    await expect.poll(() => before.page.getByText(/^Saved to /).count()).toBe(1);
    await before.page.getByLabel('Company name').fill('Changed After Saving Ltd');
    await recoveryCopyHolds(first, 'Changed After Saving Ltd');
    first.process.kill('SIGKILL');
    await before.page.close();

    const second = await startHost(first.root);
    hosts.push(second);
    const { page, errors } = await openApp(browser, second.url);
    await page.getByRole('button', { name: 'Show what it holds' }).click();
    const preview = page.getByRole('dialog');
    await expect.poll(() => preview.textContent()).toContain('Compared with the saved file');

    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('Saved Ltd');
    expect(text).toContain('Changed After Saving Ltd');
    await screenshot(page, 'recovery-diff');
    expect(errors).toEqual([]);
  });
});

describe('leaving with unsaved changes', () => {
  it('asks before the tab closes, and not once the work is saved', async () => {
    const host = await startHost();
    hosts.push(host);
    const { page } = await openApp(browser, host.url);
    await chooseTemplate(page, /Chief Customer Officer/);
    await page.getByLabel('Company name').fill('Unsaved Ltd');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
  });
});
