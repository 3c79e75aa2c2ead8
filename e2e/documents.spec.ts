// The documents a board would publish, as a user reaches them: every source in the References
// view (with or without a project, and from beside a cited figure); a results shortlist kept in the
// project and honoured by the export; a results export with nobody to report refused in words; and
// no internal word on any screen.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { sampleHiringProject } from '../core/testing/hiring.js';
import { INTERNAL_WORDS } from '../core/testing/internal-words.js';
import { templateProject } from '../core/testing/roles.js';
import { openApp, screenshot } from './helpers/browser.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { download } from './helpers/download.js';
import { becomeLead, showView } from './helpers/scoring.js';
import { answerFileDialog, openFromHeader } from './helpers/wizard.js';

const app = useHostAndBrowser();

async function openProject(page: import('playwright-core').Page, path: string): Promise<void> {
  // with a project open, Open is behind the File button where the header is short of room
  await openFromHeader(page);
  await answerFileDialog(page, path, 'Open');
  await page.getByLabel('Company name').waitFor();
}

const bodyText = async (page: import('playwright-core').Page) => (await page.locator('main').textContent()) ?? '';

describe('documents and sources', () => {
  it('lists every source with its link, with or without a project, and cites figures in full', async () => {
    const { page, errors } = await openApp(app.browser, app.host.url);
    await page.getByRole('button', { name: 'References', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'References' }).waitFor();
    const references = page.locator('main');
    // a References entry names every author in full
    expect(await references.textContent()).toContain('Danielle Gaucher, Justin Friesen and Aaron C. Kay');
    expect(await references.textContent()).toContain('Notice 915.005');
    expect(await references.textContent()).toContain('Senate Bill 19-085');
    expect(await references.textContent()).toContain(
      'Forrester Research (Paul Hagen). The Rise of the Chief Customer Officer. January 2011.',
    );
    const link = references.getByRole('link', { name: 'https://eur-lex.europa.eu/eli/dir/2023/970/oj' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await references
      .getByText(/^Cited for/)
      .first()
      .click();
    await screenshot(page, 'references-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'references-1024', false);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('button', { name: 'Back to the start' }).click();
    await page.getByRole('button', { name: 'Open a file…' }).first().waitFor();

    // in a project, the background step names its survey in full and leads to the same view
    const path = join(app.host.documentsDir, 'sources.cxorole');
    const project = templateProject('cpo-ex');
    project.role.company.name = 'Harbour Bank';
    writeFileSync(path, serializeProject(project));
    await openProject(page, path);
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /^Background/ })
      .click();
    const research = page.getByRole('region', { name: 'What research says about these roles' });
    expect(await research.textContent()).toContain(
      'Source: Forrester Research, The Rise of the Chief Customer Officer, 2011 (later editions differ), as reported by Steven Van Belleghem, 2011',
    );
    // a CPO's other path is HR or operations, not marketing
    expect(await bodyText(page)).toContain('A leader from HR, operations or another function');
    await research.getByRole('button', { name: 'See all references' }).click();
    await page.getByRole('heading', { level: 1, name: 'References' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps a shortlist in the project and gives its candidates full pages; refuses results of nobody', async () => {
    const path = join(app.host.documentsDir, 'shortlist.cxorole');
    const project = sampleHiringProject();
    project.role.application.contact = 'Sam Patel, careers@example.com';
    writeFileSync(path, serializeProject(project));
    const { page, errors } = await openApp(app.browser, app.host.url);
    await openProject(page, path);
    // under independent scoring, Compare opens to the hiring lead
    await showView(page, 'Candidates');
    await becomeLead(page);
    await showView(page, 'Compare');
    const panel = page.getByRole('region', { name: 'The results document' });
    await panel.getByLabel('Full pages for the top candidates by score').fill('1');
    await expect.poll(() => panel.textContent()).toContain('1 candidate will have a full page.');
    await panel.getByLabel('Add a candidate to the shortlist').selectOption({ label: 'Noor Haddad' });
    await panel.getByRole('button', { name: 'Add to the shortlist' }).click();
    await expect.poll(() => panel.textContent()).toContain('2 candidates will have a full page.');
    await screenshot(page, 'compare-shortlist-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'compare-shortlist-1024', false);
    await page.setViewportSize({ width: 1280, height: 860 });

    const resultsPath = join(app.host.documentsDir, 'shortlist-results.docx');
    // in the browser host an export is a download
    const name = await download(page, panel.getByRole('button', { name: 'Export results DOCX…' }), resultsPath);
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 20_000 }).toContain(`Downloaded ${name}.`);
    const text = (await mammoth.extractRawText({ path: resultsPath })).value;
    expect(text).toMatch(/^Maria Kowalska\t\d+$/m); // the top 1, with its page in the contents
    expect(text).toMatch(/^Noor Haddad\t\d+$/m); // added by hand
    expect(text).not.toMatch(/^James Whitfield\t\d+$/m); // a line of the summary only
    expect(text).toContain('James Whitfield');

    // the shortlist is saved with the project
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(async () => JSON.parse(await readFile(path, 'utf8')).hiring.shortlist).toEqual({ top: 1, added: ['noor'] });

    // no candidates: said, not written
    const empty = join(app.host.documentsDir, 'empty.cxorole');
    const none = templateProject('cco');
    none.role.company.name = 'Harbour Bank';
    writeFileSync(empty, serializeProject(none));
    await openProject(page, empty);
    await showView(page, 'Candidates');
    await becomeLead(page);
    await showView(page, 'Compare');
    expect(await page.getByRole('region', { name: 'The results document' }).count()).toBe(0);
    expect(await bodyText(page)).toContain('No candidates yet.');
    expect(errors).toEqual([]);
  });

  it('shows no internal word on any step or view', async () => {
    const path = join(app.host.documentsDir, 'words.cxorole');
    const project = sampleHiringProject();
    project.role.company.name = 'Harbour Bank';
    project.role.application.contact = 'Sam Patel, careers@example.com';
    writeFileSync(path, serializeProject(project));
    const { page } = await openApp(app.browser, app.host.url);
    await openProject(page, path);
    const seen: string[] = [];
    let visited = 0;
    const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      if (await steps.nth(i).isDisabled()) continue; // past a step with gaps, as a user would find it
      await steps.nth(i).click();
      await page.waitForTimeout(50);
      seen.push(await bodyText(page));
      visited += 1;
      if ((await page.getByRole('heading', { level: 1 }).first().textContent()) === 'Pay and application') {
        await screenshot(page, 'offer-1280');
        await page.setViewportSize({ width: 1024, height: 700 });
        await screenshot(page, 'offer-1024', false);
        await page.setViewportSize({ width: 1280, height: 860 });
      }
    }
    expect(visited).toBe((await steps.count()) - 1); // a complete project: every step reachable
    for (const view of ['Candidates', 'Compare', 'Board review'] as const) {
      await showView(page, view);
      await page.waitForTimeout(100);
      seen.push(await bodyText(page));
    }
    for (const text of seen) for (const word of INTERNAL_WORDS) expect(text).not.toMatch(word);
  });
});
