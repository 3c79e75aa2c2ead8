// What almost every spec starts from: one browser host with its own folders, and one Chromium,
// both started before the file's tests and stopped after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startHost, type RunningHost } from './host.js';

export interface Harness {
  readonly host: RunningHost;
  readonly browser: Browser;
}

export function useHostAndBrowser(): Harness {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [host, browser] = await Promise.all([startHost(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not running: use it inside a test, after beforeAll`);
    return value;
  };
  return {
    get host() {
      return started(host, 'the web host');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
