// The app in Polish, as a Polish user meets it: a Polish system picks the Polish interface on its
// own (the translation is complete), the Start screen offers the Polish editions, and every wizard
// step and view reads in Polish at 1280×800 and 1024×700, with nothing clipped, no raw key and no
// phrase only the English catalogue has, and the References cite Polish editions where there are
// any. Screenshots go to screenshots/polish/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { englishOnlyPhrases, polishHiringProject } from '../core/testing/polish.js';
import { seriousViolations } from './helpers/axe.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const DIR = 'screenshots/polish';
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|panel|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;
const ENGLISH = englishOnlyPhrases();

describe.each([
  [1280, 800],
  [1024, 700],
])('the app in Polish at %i×%i', (width, height) => {
  it('starts in Polish, offers the Polish editions and reads in Polish everywhere', async () => {
    mkdirSync(DIR, { recursive: true });
    const path = join(app.host.documentsDir, `rekrutacja-${width}.cxorole`);
    writeFileSync(path, serializeProject(polishHiringProject()));

    const context = await app.browser.newContext({ viewport: { width, height }, locale: 'pl-PL' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.host.url);
    await page.locator('.template-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    expect(await page.locator('.translation-notice').count()).toBe(0);

    const problems: (Clipped & { where: string })[] = [];
    const english: string[] = [];
    const look = async (where: string) => {
      // views load on first use: wait for the chunk and the view's heading before looking
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(150);
      const name = `${width}-${where}`;
      await page.screenshot({ path: `${DIR}/${name}.png` });
      await page.screenshot({ path: `${DIR}/${name}-full.png`, fullPage: true });
      problems.push(...(await clippedText(page)).map((c) => ({ ...c, where })));
      const body = await page.locator('body').innerText();
      expect(body, where).not.toMatch(RAW_KEY);
      english.push(...ENGLISH.filter((phrase) => body.includes(phrase)).map((phrase) => `${where}: ${phrase}`));
    };

    await look('01-start');
    const cards = page.locator('.template-card');
    expect(await cards.first().textContent()).toContain('Wybierz, gdy jedna osoba w zarządzie');
    await cards.first().click();
    await page.locator('nav.progress').waitFor();
    await page.getByLabel('Nazwa firmy').fill('Północ Sp. z o.o.');
    const steps = page.locator('nav.progress button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await look(`${String(i + 1).padStart(2, '0')}-krok`);
    }
    const jd = page.locator('article.jd');
    expect(await jd.getAttribute('lang')).toBe('pl');
    expect(await jd.textContent()).toContain('Dyrektor/Dyrektorka ds. Doświadczeń Klientów i Pracowników (CXO)');
    if (width === 1280) expect(await seriousViolations(page, 'Przegląd, po polsku')).toEqual([]);

    // a hiring process in Polish: candidates, Compare and the board's review
    // Open a file… is behind the File button where the header is short of room
    const file = page.getByRole('button', { name: 'Plik', exact: true });
    if (await file.isVisible()) await file.click();
    await page.locator('.app-header').getByRole('button', { name: 'Otwórz plik…' }).click();
    // the role started above has unsaved changes: the app asks before replacing it
    const discard = page.getByRole('button', { name: 'Odrzuć zmiany', exact: true });
    await discard.or(page.locator('.file-dialog')).first().waitFor();
    if (await discard.isVisible()) await discard.click();
    await page.locator('.file-dialog input').first().fill(path);
    await page.locator('.file-dialog .dialog-actions button.primary').click();
    await page.locator('.file-dialog').waitFor({ state: 'detached' });
    const views = page.locator('nav.view-switch button');
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await look(`widok-${i + 1}`);
    }
    // the References, in Polish, with Noise cited by its Polish edition
    const menu = page.getByRole('button', { name: 'Plik', exact: true });
    if (await menu.isVisible()) await menu.click();
    await page.locator('.app-header').getByRole('button', { name: 'Bibliografia', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bibliografia' }).waitFor();
    await look('bibliografia');
    expect(await page.locator('main').textContent()).toContain('Szum, czyli skąd się biorą błędy w naszych decyzjach');
    await context.close();
    expect(errors).toEqual([]);
    expect(english).toEqual([]);
    expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
  }, 240_000);
});
