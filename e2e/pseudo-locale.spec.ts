// The pseudo-locale (en-XA): every string about 40% longer, accented and bracketed, at 1024×700, on
// every wizard step and every view. Longer languages (Dutch, Polish) must fit where English fits:
// nothing may be clipped or push the page sideways, and no catalogue key may show instead of words.
// The screenshots are saved under screenshots/pseudo-locale/ to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../core/formats/project.js';
import { sampleHiringProject } from '../core/testing/hiring.js';
import { useHostAndBrowser } from './helpers/harness.js';
import { clippedText, type Clipped } from './helpers/layout.js';

const app = useHostAndBrowser();
const DIR = 'screenshots/pseudo-locale';
/** a raw key such as `ui.wizard.next` where words should be */
const RAW_KEY = /\b(?:ui|jd|language|languages|scoring|review|boardPack|vocab|errors|cli|rubricContent)\.[a-zA-Z-]+\.[a-zA-Z.-]+\b/;

describe('pseudo-locale at 1024×700', () => {
  it('walks every step and view without clipped text or raw keys', async () => {
    mkdirSync(DIR, { recursive: true });
    const path = join(app.host.documentsDir, 'pseudo.cxorole');
    const project = sampleHiringProject();
    project.role.company.name = 'Północ Wind Traders';
    writeFileSync(path, serializeProject(project));

    const context = await app.browser.newContext({ viewport: { width: 1024, height: 700 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // the printed address carries the host's key: the language goes beside it
    const url = new URL(app.host.url);
    url.searchParams.set('lang', 'en-XA');
    await page.goto(url.toString());
    await page.locator('.template-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');

    const problems: (Clipped & { where: string })[] = [];
    const look = async (where: string) => {
      // views load on first use: wait for the chunk and the view's heading before looking
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(150);
      // what 1024×700 shows first, and the whole page
      await page.screenshot({ path: `${DIR}/${where}.png` });
      await page.screenshot({ path: `${DIR}/${where}-full.png`, fullPage: true });
      problems.push(...(await clippedText(page)).map((c) => ({ ...c, where })));
      const body = await page.locator('body').innerText();
      expect(body, where).not.toMatch(RAW_KEY);
    };
    await look('01-start');

    // open the sample project through the in-app dialog: the header's first action is Open
    await page.locator('.header-actions > button').first().click();
    await page.locator('.file-dialog input').first().fill(path);
    await page.locator('.file-dialog .dialog-actions button.primary').click();
    await page.locator('.file-dialog').waitFor({ state: 'detached' });

    const steps = page.locator('nav.progress button');
    for (let i = 1; i < (await steps.count()); i += 1) {
      await steps.nth(i).click();
      await look(`${String(i + 1).padStart(2, '0')}-step`);
    }
    const views = page.locator('nav.view-switch button');
    for (let i = 0; i < (await views.count()); i += 1) {
      await views.nth(i).click();
      await look(`view-${i + 1}`);
    }
    await context.close();
    expect(errors).toEqual([]);
    expect(problems, problems.map((p) => `${p.where}: ${p.what} “${p.text}”`).join('\n')).toEqual([]);
  }, 180_000);
});
