// The app in Italian, as an Italian user meets it: an Italian system picks the Italian interface on
// its own (the translation is complete), the Start screen offers the Italian editions, and every
// wizard step and view reads in Italian at 1280×800 and 1024×700, with nothing clipped, no raw key
// and no line the English catalogue would have shown. Screenshots go to screenshots/italian/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import endonyms from '../core/i18n/endonyms.json';
import { translator } from '../core/i18n/index.js';
import { englishOnlyLines, italianHiringProject } from '../core/testing/italian.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const t = translator('it');
const DIR = 'screenshots/italian';
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|panel|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;
// the interface picker names each language in itself ("English"): that is not English left over
const ENGLISH_ONLY = new Set([...englishOnlyLines()].filter((line) => !Object.values(endonyms).includes(line)));

describe.each([
  [1280, 800],
  [1024, 700],
])('the app in Italian at %i×%i', (width, height) => {
  it('starts in Italian, offers the Italian editions and reads in Italian everywhere', async () => {
    mkdirSync(DIR, { recursive: true });
    const path = join(app.host.documentsDir, `selezione-${width}.cxorole`);
    // independent scoring off, so Compare shows its table (its locked notice is checked in English elsewhere)
    const hiringProcess = italianHiringProject();
    hiringProcess.hiring.independentScoring = false;
    writeFileSync(path, serializeProject(hiringProcess));

    const context = await app.browser.newContext({ viewport: { width, height }, locale: 'it-IT' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.host.url);
    await page.locator('.template-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
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
      // scores and means with a decimal comma, as Italian writes them ("78,2", not "78.2")
      for (const figure of await page.locator('.score, .raw, .interval, .heat-map td').allInnerTexts())
        expect(figure, where).not.toMatch(/\d\.\d/);
      english.push(...body.split('\n').flatMap((line) => (ENGLISH_ONLY.has(line.trim()) ? [`${where}: ${line.trim()}`] : [])));
    };

    await look('01-inizio');
    const cards = page.locator('.template-card');
    expect(await cards.first().textContent()).toContain('Sceglilo quando una sola figura di vertice');
    await cards.first().click();
    await page.locator('nav.progress').waitFor();
    expect(await page.locator('#field-title, input[id$="title"]').first().inputValue()).toBe('Chief Experience Officer (m/f)');
    await page.getByLabel("Nome dell'azienda").fill('Officine Rossi S.p.A.');
    const steps = page.locator('nav.progress button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await look(`${String(i + 1).padStart(2, '0')}-passaggio`);
    }
    expect(await page.locator('article.jd').getAttribute('lang')).toBe('it');
    if (width === 1280) expect(await seriousViolations(page, 'Revisione, in italiano')).toEqual([]);

    // a hiring process in Italian: candidates, Compare and the board's review
    // Open a file… from the header: behind the File button where the header is short of room
    const file = page.getByRole('button', { name: t('ui.actions.file'), exact: true });
    if (await file.isVisible()) await file.click();
    await page
      .locator('.app-header')
      .getByRole('button', { name: t('ui.actions.open') })
      .click();
    // the role just made is not saved: the app asks first, in Italian
    await page.getByRole('button', { name: t('ui.confirm.discard'), exact: true }).click();
    await page.locator('.file-dialog input').first().fill(path);
    await page.locator('.file-dialog .dialog-actions button.primary').click();
    await page.locator('.file-dialog').waitFor({ state: 'detached' });
    const views = page.locator('nav.view-switch button');
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await look(`vista-${i + 1}`);
    }
    // the References: every source in Italian words, Medallia's in its Italian edition
    // in the header, or behind the File button where the header is short of room
    const inHeader = page.locator('.header-references');
    if (await inHeader.isVisible()) await inHeader.click();
    else {
      await page.getByRole('button', { name: t('ui.actions.file'), exact: true }).click();
      await page.getByRole('button', { name: t('sources.view.open'), exact: true }).click();
    }
    await look('riferimenti');
    expect(await page.locator('main').innerText()).toContain('Che cosa è un Chief Experience Officer?');
    await context.close();
    expect(errors).toEqual([]);
    expect(english).toEqual([]);
    expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
  }, 240_000);
});
