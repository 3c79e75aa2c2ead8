// The browser host itself: the URL line and its key, the security headers, the contract, the
// start-up sweep of leftover temporary files, a clean SIGTERM.
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './helpers/browser.js';
import { startHost, type RunningHost } from './helpers/host.js';

// seeded before the host starts: what a crash and the user's own files left in the documents folder
const root = mkdtempSync(join(tmpdir(), 'cxo-e2e-host-'));
const documents = join(root, 'documents');
const USERS_OWN = ['report.docx.1', 'minutes.docx.20240501', 'plan.cxorole.1'];
const OLD_TEMP = `.role.cxorole.cxo-tmp-4242-${'a1'.repeat(6)}`;
const FRESH_TEMP = `.jd.docx.cxo-tmp-4243-${'b2'.repeat(6)}`;

let host: RunningHost;
let cookie: string;
beforeAll(async () => {
  mkdirSync(documents, { recursive: true });
  const longAgo = new Date('2024-05-01T00:00:00Z');
  for (const name of [...USERS_OWN, OLD_TEMP, FRESH_TEMP]) writeFileSync(join(documents, name), 'bytes');
  for (const name of [...USERS_OWN, OLD_TEMP]) utimesSync(join(documents, name), longAgo, longAgo);
  host = await startHost(root);
  cookie = await host.cookie();
});
afterAll(async () => {
  await host.stop();
});

const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL('/api/invoke', host.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CXO-Contract': '1', Cookie: cookie, ...headers },
    body: JSON.stringify(body),
  });

describe('the browser host', () => {
  it('prints its URL alone, with a key of 256 random bits, and serves the app with a strict Content-Security-Policy', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]{43}$/);
    const response = await fetch(host.origin, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('opens in a browser from the printed URL, and the key leaves the address bar', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openApp(browser, host.url);
      await page
        .getByRole('button', { name: /Chief Experience Officer/ })
        .first()
        .waitFor();
      expect(page.url()).toBe(`${host.origin}/`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('answers the typed contract only with the key', async () => {
    const response = await invoke({ channel: 'app:info', request: {} });
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { host: 'web', nativeDialogs: false, documentsDir: host.documentsDir },
    });
    const withoutKey = await invoke({ channel: 'files:list', request: { dir: '/', kind: 'project' } }, { Cookie: '' });
    expect(withoutKey.status).toBe(403);
    expect((await fetch(host.origin)).status).toBe(403);
  });

  it('refuses calls that did not come from the app', async () => {
    expect((await invoke({ channel: 'app:info', request: {} }, { 'X-CXO-Contract': '0' })).status).toBe(403);
    expect((await invoke({ channel: 'app:info', request: {} }, { Origin: 'http://evil.example' })).status).toBe(403);
    const simple = await fetch(new URL('/api/invoke', host.origin), {
      method: 'POST',
      headers: { Cookie: cookie },
      body: '{"channel":"app:info","request":{}}',
    });
    expect(simple.status).toBe(403);
  });

  it('cleared only the old temporary file a killed save left, before it printed its URL', () => {
    expect(readdirSync(documents).sort()).toEqual([FRESH_TEMP, ...USERS_OWN].sort());
  });

  it('stops cleanly on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => host.process.once('exit', (code) => resolve(code)));
    host.process.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
