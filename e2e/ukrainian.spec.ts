// The app in Ukrainian, as a Ukrainian user meets it: a Ukrainian system picks the Ukrainian
// interface on its own (the translation is complete), the Start screen offers the Ukrainian
// editions, and every wizard step and view (and the References) reads in Ukrainian at 1280×800 and
// 1024×700, with nothing clipped, no raw key and no line the English catalogue would have shown.
// Screenshots go to screenshots/ukrainian/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import endonyms from '../core/i18n/endonyms.json';
import { englishOnlyLines, ukrainianHiringProject } from '../core/testing/ukrainian.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const DIR = 'screenshots/ukrainian';
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|panel|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;
// the interface picker names each language in itself ("English"): that is not English left over
const ENGLISH_ONLY = new Set([...englishOnlyLines()].filter((line) => !Object.values(endonyms).includes(line)));

describe.each([
  [1280, 800],
  [1024, 700],
])('the app in Ukrainian at %i×%i', (width, height) => {
  it('starts in Ukrainian, offers the Ukrainian editions and reads in Ukrainian everywhere', async () => {
    mkdirSync(DIR, { recursive: true });
    const path = join(app.host.documentsDir, `nabir-${width}.cxorole`);
    // scoring open to all, so Compare shows its table rather than the hiring lead's lock
    const hiring = ukrainianHiringProject();
    hiring.hiring.independentScoring = false;
    writeFileSync(path, serializeProject(hiring));

    const context = await app.browser.newContext({ viewport: { width, height }, locale: 'uk-UA' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.host.url);
    await page.locator('.template-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
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
    expect(await cards.first().textContent()).toContain('Директор/директорка з досвіду клієнтів і працівників (CXO)');
    await cards.first().click();
    await page.locator('nav.progress').waitFor();
    expect(await page.locator('#field-title, input[id$="title"]').first().inputValue()).toBe(
      'Директор/директорка з досвіду клієнтів і працівників (CXO)',
    );
    await page.getByLabel('Назва компанії').fill('ТОВ «Північний вітер»');
    const steps = page.locator('nav.progress button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await look(`${String(i + 1).padStart(2, '0')}-krok`);
    }
    expect(await page.locator('article.jd').first().getAttribute('lang')).toBe('uk');
    if (width === 1280) expect(await seriousViolations(page, 'Перегляд, українською')).toEqual([]);

    // a hiring process in Ukrainian: candidates, Compare and the board's review
    const file = page.getByRole('button', { name: 'Файл', exact: true });
    if (await file.isVisible()) await file.click();
    await page.locator('.app-header').getByRole('button', { name: 'Відкрити файл…' }).click();
    // the role started above is not saved: the app asks before it is replaced
    await page.getByRole('button', { name: 'Відкинути зміни' }).click();
    await page.getByRole('dialog').getByLabel('Шлях до файлу').fill(path);
    await page.getByRole('dialog').getByRole('button', { name: 'Відкрити', exact: true }).click();
    await page.locator('.file-dialog').waitFor({ state: 'detached' });
    const views = page.locator('nav.view-switch button');
    await views.first().waitFor();
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await look(`vyd-${i + 1}`);
    }
    // the References: every source, cited in Ukrainian words around the original titles
    const references = page.locator('.app-header').getByRole('button', { name: 'Джерела', exact: true });
    if (!(await references.first().isVisible())) await page.getByRole('button', { name: 'Файл', exact: true }).click();
    await references.locator('visible=true').click();
    await page.getByRole('heading', { level: 1, name: 'Джерела' }).waitFor();
    await look('dzherela');
    // Compare writes scores with the Ukrainian decimal comma
    await views.nth(2).click();
    expect(await page.locator('.compare-table .score').first().textContent()).toMatch(/^\d+,\d$/);
    await context.close();
    expect(errors).toEqual([]);
    expect(english).toEqual([]);
    expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
  }, 240_000);
});
