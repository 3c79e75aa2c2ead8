// A new user designs a Chief Experience Officer role from its template, saves it and exports the
// job description; the test reads the DOCX back and finds the edits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { download } from './helpers/download.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { openApp, screenshot } from './helpers/browser.js';
import { answerFileDialog, chooseTemplate, currentStepTitle, next } from './helpers/wizard.js';

const app = useHostAndBrowser();

describe('designing a role from a template', () => {
  it('creates, edits, saves and exports a Chief Experience Officer role', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await screenshot(page, '1-start');
    await chooseTemplate(page, /Chief Experience Officer/);

    // Company and context: Next is refused until the company is named, and says why
    await next(page);
    await expect.poll(() => page.getByLabel('Company name').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Company name').fill('Nordlicht & Söhne «Ёлка»');
    await page.getByLabel('Industry').fill('retail banking');
    await screenshot(page, '2-company');
    await next(page);

    // Objectives: change one outcome
    const outcome = page.getByLabel('Outcome 1', { exact: true });
    await outcome.fill('Cut complaint resolution time in half within 18 months');
    await screenshot(page, '3-objectives');
    await next(page);
    await screenshot(page, '4-responsibilities');
    await next(page);
    await screenshot(page, '5-background');
    await next(page);
    await screenshot(page, '6-qualifications');
    await next(page);

    // Archetypes: set Practitioner to 40; the others rebalance so the total stays 100
    await page.getByLabel('Practitioner weight in percent').fill('40');
    await page.getByLabel('Practitioner weight in percent').press('Tab');
    await expect.poll(() => page.getByText('Total: 100%').count()).toBeGreaterThan(0);
    const weights = await Promise.all(
      ['Practitioner', 'Technologist', 'Data Architect', 'Futurist'].map((name) =>
        page.getByLabel(`${name} weight in percent`).inputValue(),
      ),
    );
    expect(weights[0]).toBe('40');
    expect(weights.reduce((sum, w) => sum + Number(w), 0)).toBe(100);
    await screenshot(page, '7-archetypes');
    await next(page);

    // Pay and application: Next is refused until the applications have somewhere to go; a range
    // needs its highest figure at least its lowest
    expect(await currentStepTitle(page)).toBe('Pay and application');
    await next(page);
    await expect.poll(() => page.getByLabel(/^Send applications to/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/^Send applications to/).fill('Sam Patel, Head of Talent, careers@nordlicht.example');
    await page.getByLabel('State the salary range in the job description').check();
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel(/^Lowest base salary/).fill('240000');
    await page.getByLabel(/^Highest base salary/).fill('200000');
    await next(page);
    await expect.poll(() => page.getByText('The highest salary must be at least the lowest.').count()).toBe(1);
    await page.getByLabel(/^Highest base salary/).fill('280,000');
    await page.getByLabel('Closing date (optional)').fill('2027-01-15');
    await expect.poll(() => page.getByText('The base salary is €240,000 to €280,000 a year.').count()).toBeGreaterThan(0);
    await screenshot(page, '8-offer');
    await next(page);

    // Rubric: the criteria derived from the role, already complete, weights adding up to 100
    expect(await currentStepTitle(page)).toBe('Rubric');
    await expect.poll(() => page.getByText('Total: 100%').count()).toBeGreaterThan(0);
    await screenshot(page, '9-rubric');
    await next(page);
    expect(await currentStepTitle(page)).toBe('Review');

    // Review: the job description as it will print, with the edits in it
    await expect.poll(() => page.getByText('Cut complaint resolution time in half within 18 months').count()).toBeGreaterThan(0);
    await screenshot(page, '10-review');
    await screenshot(page, '10-review-first-screen', false);

    // Save through the browser host's file dialog
    const projectPath = join(app.host.documentsDir, 'nordlicht-cxo.cxorole');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await answerFileDialog(page, projectPath, 'Save');
    // the first save compiles the project's validator on the main side: allow for a busy machine
    await expect.poll(() => page.getByText(`Saved to ${projectPath}.`).count(), { timeout: 10_000 }).toBe(1);
    const saved = JSON.parse(await readFile(projectPath, 'utf8'));
    expect(saved.role.company.name).toBe('Nordlicht & Söhne «Ёлка»');
    expect(saved.role.archetypes.practitioner).toBe(40);

    // Export the job description and read it back
    const docxPath = join(app.host.documentsDir, 'nordlicht-cxo.docx');
    // a browser download, named after the role
    expect(await download(page, page.getByRole('button', { name: 'Export DOCX…' }), docxPath)).toMatch(/\.docx$/);
    await expect.poll(() => page.getByText(/^Downloaded .*\.docx\. Your browser keeps it/).count()).toBe(1);
    const text = (await mammoth.extractRawText({ path: docxPath })).value;
    expect(text).toContain('Nordlicht & Söhne «Ёлка»');
    expect(text).toContain('Cut complaint resolution time in half within 18 months');
    expect(text).toContain('The base salary is €240,000 to €280,000 a year.');
    expect(text).toContain('Send your application to Sam Patel, Head of Talent, careers@nordlicht.example.');
    expect(text).toContain('The closing date for applications is 15 January 2027.');
    // the archetype weights are internal: they are in the saved project, not in the published description
    expect(text).not.toContain('Practitioner');
    expect(saved.role.offer).toMatchObject({ disclosure: 'range', currency: 'EUR', minimum: 240000, maximum: 280000 });
    expect(errors).toEqual([]);
  });
});
