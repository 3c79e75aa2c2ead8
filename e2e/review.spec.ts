// A board reviews a role: the author explains a choice, submits version 1, edits a must-have and
// submits version 2; the board compares the two, comments, approves version 2 and exports the
// board pack, which the test reads back for the hash, the decision and the changed text.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { reviewedProject } from '../core/testing/review.js';
import { seriousViolations } from './helpers/axe.js';
import { download } from './helpers/download.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp, screenshot, screenshotOf } from './helpers/browser.js';
import { addComment, recordDecision, submitVersion } from './helpers/review.js';
import { showView } from './helpers/scoring.js';
import { answerFileDialog, chooseTemplate, next } from './helpers/wizard.js';

const app = useHostAndBrowser();

const WHY = 'The board wants one executive to own both the customer and the employee experience.';
const EDITED = 'Expert, hands-on knowledge of experience practice: voice of the customer, journey mapping and service design';

const banner = (page: Page) => page.locator('.review-banner');
const headerStatus = (page: Page) => page.locator('.app-header .design-status');

describe('board review', () => {
  it('explains, submits two versions, compares them, records a decision and exports the board pack', { timeout: 180_000 }, async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await chooseTemplate(page, /Chief Experience Officer/);

    // the company is required before the role can move on; the reasoning is optional
    await next(page);
    await expect.poll(() => page.getByLabel('Company name').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Company name').fill('Harbour Bank');
    await page.getByLabel('Why we chose this (optional)').fill(WHY);
    await next(page);
    expect(await page.getByLabel('Why we chose this (optional)').inputValue()).toBe('');

    // Board review opens read-only on the draft, each section with its reasoning and sourced facts
    await showView(page, 'Board review');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Board review');
    await expect.poll(() => banner(page).textContent()).toContain('Review mode: read only.');
    expect(await banner(page).textContent()).toContain('no version has been submitted yet');
    const company = page.getByRole('region', { name: 'Company and context', exact: true });
    expect(await company.textContent()).toContain(WHY);
    expect(await company.textContent()).toContain(
      'Source: Gartner, 2019 Customer Experience Management Survey, 2020, as reported by Medallia, 2024',
    );
    const background = page.getByRole('region', { name: 'Background', exact: true });
    expect(await background.textContent()).toContain('Forrester');
    expect(await page.getByRole('textbox').count()).toBe(0); // read only: until a reviewer opens a comment form, nothing can be typed

    await addComment(page, 'Background', 'Maria Rossi', 'Have we asked the COO whether an internal move is realistic?');
    await expect.poll(() => background.locator('.comment').textContent()).toMatch(/Maria Rossi, .*, on a draft/);

    // version 1, then an edit makes the design a draft again, then version 2
    await submitVersion(page, 'Maria Rossi', 1);
    await expect.poll(() => page.getByText('Version 1 submitted for review.').count()).toBe(1);
    await expect.poll(() => banner(page).textContent()).toContain('The current design is version 1.');
    await expect.poll(() => headerStatus(page).innerText()).toBe('Version 1');
    await screenshot(page, 'review-1-view', false);
    await screenshot(page, 'review-1-view-whole');

    await showView(page, 'Role design');
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /^Qualifications and qualities/ })
      .click();
    const mustHave = page.getByLabel('Must-have 1', { exact: true });
    const original = await mustHave.inputValue();
    await mustHave.fill(EDITED);
    await expect.poll(() => headerStatus(page).innerText()).toBe('Draft (changes since version 1)');

    await showView(page, 'Board review');
    expect(await banner(page).textContent()).toContain('The current design is a draft (changes since version 1).');
    // nobody is assumed: the name of whoever spoke last is never filled in for the next person
    await page.getByRole('button', { name: 'Submit for review…' }).click();
    expect(
      await page
        .getByRole('dialog')
        .getByLabel(/^Your name/)
        .inputValue(),
    ).toBe('');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await submitVersion(page, 'Maria Rossi', 2);
    await expect.poll(() => banner(page).textContent()).toContain('The current design is version 2.');
    const hashes = await page.locator('.versions-table code').evaluateAll((cells) => cells.map((c) => c.getAttribute('title')));
    expect(hashes).toHaveLength(2);
    const hash2 = hashes[1]!;
    expect(hash2).toMatch(/^[0-9a-f]{64}$/);

    // compare version 1 with version 2: the must-have changed word by word, and its rubric criterion with it
    const compare = page.getByRole('region', { name: 'Compare versions' });
    await compare.getByLabel('Compare', { exact: true }).selectOption('1');
    await compare.getByLabel('with', { exact: true }).selectOption('2');
    await expect
      .poll(() => compare.locator('.diff-summary').textContent())
      .toBe('2 changes, in Qualifications and qualities, Scoring rubric.');
    const qualifications = compare
      .locator('.diff-section')
      .filter({ has: page.getByRole('heading', { name: 'Qualifications and qualities' }) });
    const changed = qualifications.locator('.diff-line.changed');
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toContain('Changed:');
    expect((await changed.locator('ins').allTextContents())[0]).toMatch(/^put in: Expert/);
    expect(await changed.locator('del').count()).toBeGreaterThan(0);
    const after = await changed.locator('.diff-after').evaluate((side) => {
      const copy = side.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden, .diff-side').forEach((label) => label.remove());
      return copy.textContent?.trim();
    });
    expect(after).toBe(`Must-have: ${EDITED}`);
    expect(original).not.toBe(EDITED);
    await screenshotOf(compare, 'review-2-compare');

    // the board approves version 2
    await recordDecision(page, {
      outcome: 'Approve',
      date: '2026-06-05',
      members: ['Ann Okafor', 'Bo Lindqvist'],
      notes: 'Publish once legal has read it.',
      recordedBy: 'Ann Okafor',
      conflicts: [{ member: 'Bo Lindqvist', interest: 'Mentored one of the internal candidates.', recused: true }],
    });
    await expect.poll(() => page.getByText('Decision recorded for version 2.').count()).toBe(1);
    const decision = page.locator('.decision');
    expect(await decision.count()).toBe(1);
    const said = await decision.textContent();
    expect(said).toContain('Approved: version 2');
    expect(said).toContain('Members present: Ann Okafor, Bo Lindqvist');
    expect(said).toContain('Bo Lindqvist: Mentored one of the internal candidates. Stood aside from this decision.');
    expect(said).toContain('Matches version 2 exactly as submitted.');
    expect(said).toContain(hash2.slice(0, 12));
    await screenshotOf(page.getByRole('region', { name: 'Decisions' }), 'review-3-decision');
    // with versions, a comparison, a comment form open and a decision, the page still passes axe
    expect(await seriousViolations(page, 'Board review')).toEqual([]);

    // everything is kept in the project file
    const projectPath = join(app.host.documentsDir, 'harbour-cxo.cxorole');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await answerFileDialog(page, projectPath, 'Save');
    await expect.poll(() => page.getByText(`Saved to ${projectPath}.`).count(), { timeout: 10_000 }).toBe(1);
    const saved = JSON.parse(await readFile(projectPath, 'utf8'));
    expect(saved.review.rationale.company).toBe(WHY);
    expect(saved.review.versions.map((v: { hash: string }) => v.hash)).toEqual(hashes);
    expect(saved.review.comments).toMatchObject([{ section: 'background', author: 'Maria Rossi', version: null }]);
    expect(saved.review.decisions).toMatchObject([
      {
        version: 2,
        hash: hash2,
        outcome: 'approve',
        date: '2026-06-05',
        members: ['Ann Okafor', 'Bo Lindqvist'],
        conflicts: [{ member: 'Bo Lindqvist', interest: 'Mentored one of the internal candidates.', recused: true }],
      },
    ]);

    // the board pack, read back
    const packPath = join(app.host.documentsDir, 'harbour-board-pack.docx');
    await download(page, page.getByRole('button', { name: 'Export board pack DOCX…' }), packPath);
    const pack = (await mammoth.extractRawText({ path: packPath })).value;
    expect(pack).toContain(hash2);
    expect(pack).toContain('Approved');
    expect(pack).toContain('Ann Okafor, Bo Lindqvist');
    expect(pack).toContain('Publish once legal has read it.');
    expect(pack).toContain('Bo Lindqvist: Mentored one of the internal candidates. Stood aside from this decision.');
    expect(pack).toContain('Members who decided: Ann Okafor');
    expect(pack).toContain(EDITED);
    expect(errors).toEqual([]);
  });

  it('warns when the file was edited outside the app, and when the design has moved on since the decision', async () => {
    // version 1 approved with changes, version 2 approved; then, in a text editor, version 1's
    // stored content is changed and the current design is edited
    const project = reviewedProject();
    project.review.versions[0]!.snapshot.role.title = 'Chief Everything Officer';
    project.role.title = 'Chief Customer Experience Officer';
    const path = join(app.host.documentsDir, 'edited-by-hand.cxorole');
    await writeFile(path, serializeProject(project));

    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'Open a file…' }).first().click();
    await answerFileDialog(page, path, 'Open');
    await showView(page, 'Board review');

    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'no longer matches its hash' }).textContent())
      .toBe(
        'Warning: the content of version 1 no longer matches its hash. The file was edited outside the app, so this version may not be what was submitted.',
      );
    expect(await banner(page).textContent()).toContain(
      'You are reading the current draft. The current design is a draft (changes since version 2).',
    );
    expect(await headerStatus(page).innerText()).toBe('Draft (changes since version 2)');

    // the page's contents links work from the keyboard and land the focus on the part they name
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Decisions' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-decisions');
    const decisions = page.getByRole('region', { name: 'Decisions' });
    expect(await decisions.textContent()).toContain('The latest decision applies to version 2, not to the current draft.');
    const [first, second] = await decisions.locator('.decision').allTextContents();
    expect(first).toContain('Warning: the content of version 1 no longer matches what was decided. The file was edited outside the app.');
    expect(second).toContain('Matches version 2 exactly as submitted.');

    // a decision is not recorded half-filled: the form says what is missing and starts at the first gap
    await decisions.getByRole('button', { name: 'Record the decision' }).click();
    expect(await decisions.getByText('Choose the board’s decision.').count()).toBe(1);
    expect(await decisions.getByText('Name at least one member who was present.').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-decision.outcome-approve');
    expect(await decisions.locator('.decision').count()).toBe(2);

    // reading version 1 shows what the file now holds for it, and the comments made on it
    await page.getByRole('button', { name: 'Read version 1' }).click();
    await expect.poll(() => banner(page).textContent()).toContain('You are reading version 1, submitted');
    expect(await page.getByLabel('Version to read').evaluate((el) => el === document.activeElement)).toBe(true);
    const company = page.getByRole('region', { name: 'Company and context', exact: true });
    expect(await company.textContent()).toContain('Role title: Chief Everything Officer');
    const background = page.getByRole('region', { name: 'Background', exact: true });
    expect(await background.locator('.comment-meta').textContent()).toMatch(/^Ann Lee, .*, on version 1$/);
    await screenshot(page, 'review-4-tampered', false);
    expect(await seriousViolations(page, 'Board review, edited by hand')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
