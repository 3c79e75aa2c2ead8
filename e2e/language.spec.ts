// The language check as a writer meets it: a clean template scores 100; a clichéd, ageist
// responsibility shows its three findings under the field and in the Review panel; the three
// suggestions fix it one click at a time; a dismissed finding stays dismissed through save and open.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { openApp, screenshot, screenshotOf } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { fieldFindings, goToStep, languagePanel, markedWords, textBox, wordingStatus } from './helpers/language.js';
import { answerFileDialog, chooseTemplate, currentStepTitle, nameApplicationContact, openFromHeader } from './helpers/wizard.js';

const app = useHostAndBrowser();

const CLICHED = 'We want a rockstar ninja who is a digital native';
const FIXED = 'We want a talented specialist who is a fluent user of digital tools';
const MUST_HAVE = 'Native English speaker with experience of leading customer teams';
const REASON = 'The regulator examines the role holder in English; we test the level, not where it was learnt.';

describe('language check', () => {
  it('checks as you write, applies suggestions, and remembers a dismissal in the file', { timeout: 180_000 }, async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await chooseTemplate(page, /Chief Experience Officer/);
    await page.getByLabel('Company name').fill('Harbour Bank');
    expect(await wordingStatus(page).textContent()).toBe('No wording issues on this step.');
    await nameApplicationContact(page);

    // the untouched template reads cleanly: full score, nothing to fix
    await goToStep(page, 'Review');
    const panel = languagePanel(page);
    expect(await panel.locator('.language-score .figure-value').textContent()).toBe('100');
    expect(await panel.textContent()).toContain('No wording problems found.');
    expect(await panel.textContent()).toContain('Gaucher, Friesen and Kay (2011)');

    // three findings under the field: two clichés and an ageist phrase; gender-coded words stay in the balance
    await goToStep(page, 'Responsibilities');
    const field = textBox(page, 'Responsibility 1');
    await field.fill(CLICHED);
    const findings = fieldFindings(page, 'Responsibility 1');
    await expect.poll(() => findings.getByRole('listitem').count()).toBe(3);
    expect(await markedWords(page, 'Responsibility 1')).toEqual(['rockstar', 'ninja', 'digital native']);
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const summary = await page.locator(`[id="${described.split(' ').pop()}"]`).textContent();
    expect(summary).toBe('Language check: 3 findings in this field');
    expect(await wordingStatus(page).textContent()).toContain('1 to fix before publishing');
    expect(await wordingStatus(page).textContent()).toContain('2 worth fixing');
    // the status under the title lists them, each a way to its field
    await wordingStatus(page).getByRole('button', { expanded: false }).click();
    const jumps = wordingStatus(page).getByRole('list');
    expect(await jumps.getByRole('listitem').allTextContents()).toEqual([
      'Fix before publishing Responsibility 1: “digital native”',
      'Worth fixing Responsibility 1: “rockstar”',
      'Worth fixing Responsibility 1: “ninja”',
    ]);
    expect(await seriousViolations(page, 'Responsibilities with findings')).toEqual([]);
    await screenshot(page, 'language-0-step', false);
    await jumps.getByRole('button').first().click();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshotOf(page.getByRole('group', { name: 'Responsibility 1', exact: true }), 'language-1-field');

    // the Review panel lists them by kind, names the field, and "Show me" goes back to it
    await goToStep(page, 'Review');
    await expect.poll(() => panel.locator('.language-score .figure-value').textContent()).toBe(String(100 - 15 - 6 - 6));
    const jargon = panel.getByRole('list', { name: 'Jargon and clichés (2)' });
    expect(await jargon.getByRole('listitem').count()).toBe(2);
    expect(await panel.getByRole('list', { name: 'Exclusionary wording (1)' }).textContent()).toContain('Responsibility 1');
    expect(await seriousViolations(page, 'Review with findings')).toEqual([]);
    await screenshotOf(panel, 'language-2-review-panel');
    await jargon.getByRole('button', { name: 'Show me Responsibility 1', exact: true }).first().click();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);

    // one click (or key) each; the focus moves on to the next finding's button
    await page.getByRole('button', { name: 'Use “talented” instead of “rockstar”' }).click();
    await expect.poll(() => findings.getByRole('listitem').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Use “specialist” instead of “ninja”');
    await page.keyboard.press('Enter');
    await expect.poll(() => findings.getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Use “fluent user of digital tools” instead of “digital native”' }).click();
    await expect.poll(() => findings.count()).toBe(0);
    expect(await field.inputValue()).toBe(FIXED);
    expect(await wordingStatus(page).textContent()).toBe('No wording issues on this step.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id))
      .toBe(await field.getAttribute('id'));

    // dismiss a finding on a must-have: it leaves the field, the step and the panel
    await goToStep(page, 'Qualifications and qualities');
    await textBox(page, 'Must-have 2').fill(MUST_HAVE);
    const mustHave = fieldFindings(page, 'Must-have 2');
    await expect.poll(() => mustHave.getByRole('listitem').count()).toBe(1);
    // a high-severity finding is dismissed only with a reason
    await page.getByRole('button', { name: 'Dismiss for this role: “Native English speaker”' }).click();
    const reason = page.getByLabel('Why is “Native English speaker” right for this role?');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Dismiss with this reason' }).click();
    expect(await mustHave.getByText('Give a reason to dismiss this finding, or cancel.').count()).toBe(1);
    await reason.fill(REASON);
    await page.getByRole('button', { name: 'Dismiss with this reason' }).click();
    await expect.poll(() => mustHave.count()).toBe(0);
    expect(await wordingStatus(page).textContent()).toBe('No wording issues on this step.');

    // saved, then opened again from disk: still dismissed
    const path = join(app.host.documentsDir, 'language.cxorole');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await answerFileDialog(page, path, 'Save');
    await expect.poll(() => page.getByText(`Saved to ${path}.`).count()).toBe(1);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.language.dismissed).toEqual([
      expect.stringMatching(/^exclusionary\.native-english-speaker@mustHaves\.[^:]+:native english speaker#0$/),
    ]);
    expect(saved.language.reasons).toEqual({ [saved.language.dismissed[0]]: REASON });
    await openFromHeader(page);
    await answerFileDialog(page, path, 'Open');
    // an opened file starts on its first step
    await expect.poll(() => currentStepTitle(page)).toBe('Company and context');
    await goToStep(page, 'Qualifications and qualities');
    expect(await textBox(page, 'Must-have 2').inputValue()).toBe(MUST_HAVE);
    expect(await fieldFindings(page, 'Must-have 2').count()).toBe(0);
    await goToStep(page, 'Review');
    expect(await panel.locator('.language-score .figure-value').textContent()).toBe('100');
    expect(await panel.textContent()).toContain('1 finding is dismissed for this role.');

    // and they can be brought back
    await panel.getByRole('button', { name: 'Restore dismissed findings' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Exclusionary wording (1)' }).textContent()).toContain('Must-have 2');
    expect(errors).toEqual([]);
  });
});
