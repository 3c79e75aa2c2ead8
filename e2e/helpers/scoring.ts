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

export async function actAs(page: Page, interviewer: string): Promise<void> {
  await page.getByLabel('I am:').selectOption({ label: interviewer });
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

/** Drops files onto the Candidates area as a file manager would. */
export async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}
