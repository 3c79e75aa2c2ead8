// Starting from your own words: a blank role with guidance in every field and nothing filled in,
// and a role from a pasted job description, whose unplaced lines stay visible and editable.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { goToStep, textBox } from './helpers/language.js';
import { currentStepTitle, leftStart, next } from './helpers/wizard.js';

const app = useHostAndBrowser();

const PASTED = `Head of Customer Experience

ABOUT THE ROLE
We are looking for a leader who will make every contact with our brand easier, faster and kinder than it is today.

WHAT YOU'LL DO
1) Define how we measure experience across every channel
2) Partner with the COO on the contact-centre transformation

REQUIREMENTS
• Eight years leading CX or service design teams
• Fluent in journey analytics

Nice to have
- An MBA

BENEFITS
- 30 days of holiday`;

describe('starting from your own words', () => {
  it('starts a blank role: empty fields with hints, nothing invented, Next asking for what is missing', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: /^A blank role/ }).click();
    await leftStart(page);
    expect(await currentStepTitle(page)).toBe('Company and context');
    expect(await page.getByLabel(/^Role title/).inputValue()).toBe('');
    expect(await page.getByLabel('Company name').inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: 'Not decided yet' }).first().isChecked()).toBe(true);
    expect(await page.getByText('The title as it will appear at the top of the job description.').count()).toBe(1);
    expect(await seriousViolations(page, 'Blank role')).toEqual([]);
    await screenshot(page, 'start-blank', false);
    await next(page);
    expect(await page.getByText('Enter a title for the role.').count()).toBe(1);
    expect(await currentStepTitle(page)).toBe('Company and context');
    expect(errors).toEqual([]);
  });

  it('starts from a pasted job description and keeps what it could not place', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: /^From a job description you already have/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create the role' }).click();
    expect(await dialog.getByText('Paste the text of a job description, or choose a text file.').count()).toBe(1);
    await dialog.getByLabel('The job description’s text').fill(PASTED);
    expect(await seriousViolations(page, 'Paste a job description')).toEqual([]);
    await dialog.getByRole('button', { name: 'Create the role' }).click();
    await expect.poll(() => page.getByText(/^Placed 6 items from the job description\./).count()).toBe(1);
    expect(await page.getByLabel(/^Role title/).inputValue()).toBe('Head of Customer Experience');
    const unplaced = page.getByLabel('Text that could not be placed');
    expect(await unplaced.inputValue()).toBe('BENEFITS\n- 30 days of holiday');
    await screenshot(page, 'start-pasted', false);
    await page.getByLabel('Company name').fill('Harbour Bank');
    await goToStep(page, 'Qualifications and qualities');
    expect(await textBox(page, 'Must-have 1').inputValue()).toBe('Eight years leading CX or service design teams');
    expect(await textBox(page, 'Nice-to-have 1').inputValue()).toBe('An MBA');
    // the unplaced text is edited down as it is placed; emptied, it goes
    await page.getByLabel('Text that could not be placed').fill('');
    expect(await page.getByLabel('Text that could not be placed').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
