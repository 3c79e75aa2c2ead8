// The browser host itself: the URL line, the security headers, the contract, a clean SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from './helpers/host.js';

let host: RunningHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host.stop();
});

const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL('/api/invoke', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CXO-Contract': '1', ...headers },
    body: JSON.stringify(body),
  });

describe('the browser host', () => {
  it('prints its URL alone and serves the app with a strict Content-Security-Policy', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('answers the typed contract', async () => {
    const response = await invoke({ channel: 'app:info', request: {} });
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { host: 'web', nativeDialogs: false, documentsDir: host.documentsDir },
    });
  });

  it('refuses calls that did not come from the app', async () => {
    expect((await invoke({ channel: 'app:info', request: {} }, { 'X-CXO-Contract': '0' })).status).toBe(403);
    expect((await invoke({ channel: 'app:info', request: {} }, { Origin: 'http://evil.example' })).status).toBe(403);
    const simple = await fetch(new URL('/api/invoke', host.url), { method: 'POST', body: '{"channel":"app:info","request":{}}' });
    expect(simple.status).toBe(403);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => host.process.once('exit', (code) => resolve(code)));
    host.process.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
