// Headless Chromium for the page rows: one browser per bench module, a fresh context (no cache, no
// storage) for every run.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CXO_BUTTON_TEXT, PROBE_KEY, PROBE_SCRIPT, TEMPLATE_CARDS_TESTID } from './probe.js';

const TIMEOUT_MS = 20_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Playwright's view of the same button the probe looks for, to confirm the probe's verdict. */
async function templateButton(page: Page) {
  const cards = page.getByTestId(TEMPLATE_CARDS_TESTID);
  if ((await cards.count()) > 0) return cards.locator('button').first();
  return page.locator('button', { hasText: CXO_BUTTON_TEXT }).first();
}

/**
 * Milliseconds from navigation start until the first template button is visible and enabled, read
 * in the page: performance.now() (whose origin is the navigation start) stamped by the probe.
 */
export async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const problems: string[] = [];
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await page.waitForFunction((key) => (window as unknown as Record<string, unknown>)[key] !== undefined, PROBE_KEY, {
      timeout: TIMEOUT_MS,
    });
    const at = await page.evaluate((key) => (window as unknown as Record<string, number>)[key], PROBE_KEY);
    const button = await templateButton(page);
    if (!(await button.isVisible()) || !(await button.isEnabled()))
      throw new Error('Playwright does not see the probed button as visible and enabled');
    if (typeof at !== 'number' || !Number.isFinite(at)) throw new Error(`the probe recorded ${String(at)}`);
    return at;
  } catch (error) {
    const detail = problems.length ? `\n    ${problems.slice(0, 5).join('\n    ')}` : '';
    throw new Error(
      `${url}: no visible, enabled template button (${error instanceof Error ? error.message.split('\n')[0] : String(error)})${detail}`,
      {
        cause: error,
      },
    );
  } finally {
    await context.close();
  }
}
