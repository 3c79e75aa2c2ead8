// The language check in a writer's terms: the status under a step's title, the findings under a
// field, the words marked in its copy, and the Review step's panel.
import type { Locator, Page } from 'playwright-core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Jumps through the progress list, as a person clicking a step's name would. */
export async function goToStep(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^${escape(name)}`) })
    .click();
}

/** A text box by the start of its label; a required field's label ends in "(required)". */
export const textBox = (page: Page, label: string): Locator =>
  page.getByRole('textbox', { name: new RegExp(`^${escape(label)}(?: \\(required\\))?$`) });

export const wordingStatus = (page: Page): Locator => page.locator('.wording-status');

/** The findings shown under one field: absent when it has none. */
export const fieldFindings = (page: Page, label: string): Locator =>
  page
    .locator('.field')
    .filter({ has: textBox(page, label) })
    .locator('.field-findings');

/** The words marked in the field's read-only copy, without the words only a screen reader hears. */
export const markedWords = (page: Page, label: string): Promise<string[]> =>
  fieldFindings(page, label)
    .locator('.marked-text mark')
    .evaluateAll((marks) =>
      marks.map((mark) => {
        const copy = mark.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return copy.textContent ?? '';
      }),
    );

export const languagePanel = (page: Page): Locator => page.getByRole('region', { name: 'Language check', exact: true });
