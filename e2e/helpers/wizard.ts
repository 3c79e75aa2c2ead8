// Steps a user takes, in words a user would use: buttons and fields by their visible names.
import type { Page } from 'playwright-core';

export async function chooseTemplate(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).first().click();
  await leftStart(page);
}

/**
 * A new role needs the role templates, which load on demand (preloaded at idle, but a test clicks
 * sooner than a person): waits until the Start screen has given way, or a dialog asks first.
 */
export async function leftStart(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.template-grid') || document.querySelector('dialog[open], [role="dialog"]') !== null,
  );
}

export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Next/ }).click();
}

/** Fills the in-app file dialog of the browser host and confirms it. */
export async function answerFileDialog(page: Page, path: string, confirm: 'Save' | 'Open'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File path').fill(path);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Names who receives applications, the one thing a template leaves to the user on the Pay and application step. */
export async function nameApplicationContact(page: Page, contact = 'Sam Patel, Head of Talent, careers@example.com'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /^Pay and application/ })
    .click();
  await page.getByLabel(/^Send applications to/).fill(contact);
}

export async function currentStepTitle(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
}

/** Open a file… from the header: behind the File button where the header is short of room. */
export async function openFromHeader(page: Page): Promise<void> {
  const file = page.getByRole('button', { name: 'File', exact: true });
  if (await file.isVisible()) await file.click();
  await page.locator('.app-header').getByRole('button', { name: 'Open a file…' }).click();
}

/** The References view from the header: behind the File button where the header is short of room. */
export async function openReferencesFromHeader(page: Page): Promise<void> {
  const file = page.getByRole('button', { name: 'File', exact: true });
  if (await file.isVisible()) await file.click();
  await page.locator('.app-header').getByRole('button', { name: 'References', exact: true }).click();
}

/** Save as… from the header: behind the File button where the header is short of room. */
export async function saveAsFromHeader(page: Page): Promise<void> {
  const file = page.getByRole('button', { name: 'File', exact: true });
  if (await file.isVisible()) await file.click();
  await page.locator('.app-header').getByRole('button', { name: 'Save as…' }).click();
}
