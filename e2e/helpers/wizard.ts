// Steps a user takes, in words a user would use: buttons and fields by their visible names.
import type { Page } from 'playwright-core';

export async function chooseTemplate(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).first().click();
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

export async function currentStepTitle(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
}
