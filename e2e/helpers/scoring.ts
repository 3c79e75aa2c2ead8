// Scoring steps in a user's words: who is scoring, which candidate, the ratings they give.
import type { Page } from 'playwright-core';

export async function addInterviewer(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name of the interviewer or stage').fill(name);
  await page.getByRole('button', { name: 'Add interviewer' }).click();
}

export async function addCandidate(page: Page, name: string, currentRole: string, origin: 'Internal' | 'External'): Promise<void> {
  const form = page.locator('form.candidate-form').last();
  await form.getByLabel(/^Name/).fill(name);
  await form.getByLabel('Current role').fill(currentRole);
  await form.getByRole('radio', { name: origin, exact: true }).check();
  await form.getByRole('button', { name: 'Add candidate' }).click();
}

export async function showView(page: Page, view: 'Role design' | 'Candidates' | 'Compare' | 'Board review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
}

/** Every test interviewer's passphrase: long enough for the app, obviously a test's. */
export const PASSPHRASE = 'passphrase for tests';

/**
 * Chooses who is at the keyboard under "I am". Under independent scoring the app then asks for the
 * interviewer's passphrase (to choose it the first time): typed here as a person would.
 */
export async function actAs(page: Page, interviewer: string, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('I am:').selectOption({ label: interviewer });
  await provePassphrase(page, passphrase);
}

/** Answers the passphrase dialog, if one opened: choosing a passphrase, or typing it. */
export async function provePassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  const dialog = page.getByRole('dialog');
  // with independent scoring off and no passphrase chosen, no dialog opens
  const opened = await dialog
    .getByRole('heading')
    .waitFor({ timeout: 2000 })
    .then(() => true)
    .catch(() => false);
  if (!opened) return;
  const choosing = await dialog.getByLabel('New passphrase').count();
  if (choosing) {
    await dialog.getByLabel('New passphrase').fill(passphrase);
    await dialog.getByLabel('The same passphrase again').fill(passphrase);
    // the lead enrols a first passphrase: signed in already, or typing theirs beside the interviewer
    const lead = dialog.getByLabel(/^Passphrase of the hiring lead/);
    if (await lead.count()) await lead.fill(PASSPHRASE);
  } else {
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  }
  await dialog.getByRole('button', { name: /^(Continue|Save the passphrase and continue)$/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Signs in as the hiring lead from "I am", setting the lead up the first time. */
export async function becomeLead(page: Page, name = 'Maria Lopez', passphrase = PASSPHRASE): Promise<void> {
  const select = page.getByLabel('I am:');
  await select.waitFor();
  const option = (await select.locator('option').allTextContents()).find((o) => o.startsWith('The hiring lead'));
  await select.selectOption({ label: option! });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading').waitFor();
  if (await dialog.getByLabel('Name of the hiring lead').count()) {
    await dialog.getByLabel('Name of the hiring lead').fill(name);
    await dialog.getByLabel('New passphrase').fill(passphrase);
    await dialog.getByLabel('The same passphrase again').fill(passphrase);
    await dialog.getByRole('button', { name: 'Set up the hiring lead' }).click();
  } else {
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByRole('button', { name: 'Continue' }).click();
  }
  await dialog.waitFor({ state: 'detached' });
}

export async function openCandidate(page: Page, name: string): Promise<void> {
  await page
    .locator('.candidate-list')
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
}

/** Gives every criterion on the open scorecard `rating`, except those listed in `except` by position. */
export async function rateAll(page: Page, rating: number, except: Record<number, number> = {}): Promise<void> {
  const fields = page.locator('fieldset.rating');
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) {
    await fields
      .nth(i)
      .getByRole('radio', { name: String(except[i] ?? rating), exact: true })
      .check();
  }
}

export async function recommendAndSubmit(page: Page, recommendation: 'Strong no' | 'No' | 'Yes' | 'Strong yes'): Promise<void> {
  await page.getByRole('group', { name: 'Your recommendation' }).getByRole('radio', { name: recommendation, exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
}

/** Drops files onto the Candidates area as a file manager would: text files, or bytes (base64) for a Word pack. */
export async function dropFiles(page: Page, files: ({ name: string; text: string } | { name: string; base64: string })[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const body = 'text' in f ? f.text : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([body], f.name, { type: 'text' in f ? 'application/json' : 'application/octet-stream' }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}
