// The app in Dutch, as a Dutch user meets it: a Dutch system picks the Dutch interface on its own
// (the translation is complete), the Start screen offers the Dutch editions, and every wizard step
// and view reads in Dutch at 1280×800 and 1024×700, with nothing clipped, no raw key and no line the
// English catalogue would have shown. Screenshots go to screenshots/dutch/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import endonyms from '../core/i18n/endonyms.json';
import { dutchHiringProject, englishOnlyLines } from '../core/testing/dutch.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const DIR = 'screenshots/dutch';
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|panel|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;
// the interface picker names each language in itself ("English"): that is not English left over
const ENGLISH_ONLY = new Set([...englishOnlyLines()].filter((line) => !Object.values(endonyms).includes(line)));

describe.each([
  [1280, 800],
  [1024, 700],
])('the app in Dutch at %i×%i', (width, height) => {
  it('starts in Dutch, offers the Dutch editions and reads in Dutch everywhere', async () => {
    mkdirSync(DIR, { recursive: true });
    const path = join(app.host.documentsDir, `werving-${width}.cxorole`);
    writeFileSync(path, serializeProject(dutchHiringProject()));

    const context = await app.browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.host.url);
    await page.locator('.template-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('.translation-notice').count()).toBe(0);

    const problems: (Clipped & { where: string })[] = [];
    const english: string[] = [];
    const look = async (where: string) => {
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(150);
      const name = `${width}-${where}`;
      await page.screenshot({ path: `${DIR}/${name}.png` });
      await page.screenshot({ path: `${DIR}/${name}-full.png`, fullPage: true });
      problems.push(...(await clippedText(page)).map((c) => ({ ...c, where })));
      const body = await page.locator('body').innerText();
      expect(body, where).not.toMatch(RAW_KEY);
      english.push(...body.split('\n').flatMap((line) => (ENGLISH_ONLY.has(line.trim()) ? [`${where}: ${line.trim()}`] : [])));
    };

    await look('01-start');
    const cards = page.locator('.template-card');
    expect(await cards.first().textContent()).toContain('Kies dit als één directielid');
    await cards.first().click();
    await page.locator('nav.progress').waitFor();
    expect(await page.locator('#field-title, input[id$="title"]').first().inputValue()).toBe('Chief Experience Officer (m/v/x)');
    await page.getByLabel('Bedrijfsnaam').fill('Van der Berg Verzekeringen N.V.');
    const steps = page.locator('nav.progress button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await look(`${String(i + 1).padStart(2, '0')}-stap`);
    }
    expect(await page.locator('article.jd').first().getAttribute('lang')).toBe('nl');
    if (width === 1280) expect(await seriousViolations(page, 'Controle, in het Nederlands')).toEqual([]);

    // a hiring process in Dutch: candidates, Compare and the board's review
    const file = page.getByRole('button', { name: 'Bestand', exact: true });
    if (await file.isVisible()) await file.click();
    await page.locator('.app-header').getByRole('button', { name: 'Bestand openen…' }).click();
    // the role just started has unsaved changes: the app asks before it lets them go
    await page.getByRole('button', { name: 'Wijzigingen weggooien' }).click();
    await page.locator('.file-dialog input').first().fill(path);
    await page.locator('.file-dialog .dialog-actions button.primary').click();
    await page.locator('.file-dialog').waitFor({ state: 'detached' });
    await page.locator('.app-header').getByText(`werving-${width}.cxorole`).waitFor();
    // the hiring lead, set up in Dutch, sees every scorecard: Compare and the scorecards show data
    const views = page.locator('nav.view-switch button');
    await views.nth(1).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten' }).waitFor();
    // the last choice under "Ik ben" is the hiring lead, not yet set up in this file
    const iAm = page.getByLabel('Ik ben:');
    await iAm.selectOption({ label: 'Voorzitter van de commissie (instellen)…' });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam van de voorzitter van de selectiecommissie').fill('Sanne de Vries');
    await dialog.getByLabel('Nieuwe wachtzin').fill('wachtzin voor de tests');
    await dialog.getByLabel('Dezelfde wachtzin nog eens').fill('wachtzin voor de tests');
    await dialog.getByRole('button', { name: 'De voorzitter instellen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('.candidate-list')
      .getByRole('button', { name: /^James Whitfield/ })
      .click();
    await look('weergave-scorekaart');
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await look(`weergave-${i + 1}`);
    }
    await context.close();
    expect(errors).toEqual([]);
    expect(english).toEqual([]);
    expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
  }, 240_000);
});
