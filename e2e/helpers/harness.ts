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
    // each is kept as soon as it starts, so afterAll stops the host even when Chromium fails to
    // launch (a host left running keeps vitest from exiting: "close timed out")
    const [startedHost, startedBrowser] = await Promise.allSettled([startHost(), launchBrowser()]);
    if (startedHost.status === 'fulfilled') host = startedHost.value;
    if (startedBrowser.status === 'fulfilled') browser = startedBrowser.value;
    for (const started of [startedHost, startedBrowser]) if (started.status === 'rejected') throw started.reason;
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
