// Debian's Chromium through playwright-core: Playwright's own browser download cannot run here.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/** A page that fails the test on any script error or CSP violation, not only on a wrong assertion. */
export async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  // the interface follows the browser's language: tests pin it so they read the words they expect
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** `SCREENSHOTS=1 npm run e2e` saves what each step looks like under screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  // from the top, so the sticky header sits where a person sees it
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage });
}

/** One part of a long page (a panel), as `screenshot` does for whole pages. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  // the sticky header would otherwise be drawn over a part taller than the window; set through the
  // CSSOM, since the page's style-src policy refuses an injected style sheet
  const header = part.page().locator('.app-header');
  await header.evaluate((el: HTMLElement) => el.style.setProperty('position', 'static'));
  await part.screenshot({ path: `screenshots/${name}.png` });
  await header.evaluate((el: HTMLElement) => el.style.removeProperty('position'));
}
