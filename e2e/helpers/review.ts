// Board review steps in a reviewer's words: submitting a version, commenting, deciding.
import type { Page } from 'playwright-core';

/** Submits the current design, signing with `author`: nobody is assumed from one form to the next. */
export async function submitVersion(page: Page, author: string, n: number): Promise<void> {
  await page.getByRole('button', { name: 'Submit for review…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Your name/).fill(author);
  await dialog.getByRole('button', { name: `Submit version ${n}` }).click();
  await dialog.waitFor({ state: 'detached' });
}

export async function addComment(page: Page, section: string, author: string, text: string): Promise<void> {
  const part = page.getByRole('region', { name: section, exact: true });
  await part.getByText(`Add a comment on ${section}`).click();
  await part.getByLabel(/^Your name/).fill(author);
  await part.getByLabel(/^Comment/).fill(text);
  await part.getByRole('button', { name: 'Add comment' }).click();
}

export interface DecisionInput {
  outcome: 'Approve' | 'Approve with changes' | 'Reject';
  date: string;
  members: string[];
  notes: string;
  recordedBy: string;
  /** interests members present declared, and whether they stood aside */
  conflicts?: { member: string; interest: string; recused: boolean }[];
}

export async function recordDecision(
  page: Page,
  { outcome, date, members, notes, recordedBy, conflicts = [] }: DecisionInput,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Record a decision' });
  await form.getByRole('radio', { name: outcome, exact: true }).check();
  await form.getByLabel(/^Date of the decision/).fill(date);
  for (const [i, name] of members.entries()) {
    if (i > 0) await form.getByRole('button', { name: 'Add a member' }).click();
    await form.getByLabel(`Member ${i + 1}`, { exact: true }).fill(name);
  }
  for (const [i, c] of conflicts.entries()) {
    await form.getByRole('button', { name: 'Add a declared conflict' }).click();
    await form.getByLabel(`Who declared conflict ${i + 1}`).selectOption({ label: c.member });
    await form.getByLabel(`Interest declared in conflict ${i + 1}`).fill(c.interest);
    await form.getByLabel('Stood aside from this decision').nth(i).setChecked(c.recused);
  }
  await form.getByLabel('Conditions or reasons').fill(notes);
  await form.getByLabel(/^Recorded by/).fill(recordedBy);
  await form.getByRole('button', { name: 'Record the decision' }).click();
}
