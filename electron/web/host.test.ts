// Issue 11, item 1: the browser host answers nothing, on any path, without this launch's key; the
// printed URL swaps the key for an HttpOnly, SameSite=Strict cookie and takes it out of the address.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../handlers/context.js';
import { createWebHost, type WebHost } from './host.js';
import { keyCookieName, launchUrl } from './host-key.js';

let host: WebHost;
let port: number;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-host-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  const ctx: HandlerContext = {
    host: 'web',
    version: 't',
    dataDir: dir,
    documentsDir: dir,
    dialogs: null,
    openAtLaunch: null,
    now: () => new Date(),
  };
  host = createWebHost(dir, ctx);
  await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  port = (host.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())));

const at = (path: string) => `http://127.0.0.1:${port}${path}`;
const invoke = (cookie: string | null, channel = 'app:info', request: unknown = {}) =>
  fetch(at('/api/invoke'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CXO-Contract': '1', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ channel, request }),
  });

async function cookieFromLaunchUrl(): Promise<string> {
  const response = await fetch(launchUrl(port, host.key), { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/');
  const setCookie = response.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  return setCookie.split(';')[0]!;
}

describe('the browser host key', () => {
  it('is 256 random bits, new at every launch', () => {
    expect(Buffer.from(host.key, 'base64url')).toHaveLength(32);
    expect(createWebHost(dir, {} as HandlerContext).key).not.toBe(host.key);
  });

  it('refuses every request without it with 403: the page, its files, the contract', async () => {
    for (const path of ['/', '/index.html', '/assets/index.js', '/api/invoke', '/?key=', '/?key=wrong']) {
      expect((await fetch(at(path))).status, path).toBe(403);
    }
    expect((await invoke(null)).status).toBe(403);
    expect((await invoke(`${keyCookieName(port)}=${'A'.repeat(43)}`)).status).toBe(403);
    // the cookie of a host on another port is no key to this one
    expect((await invoke(`${keyCookieName(port + 1)}=${host.key}`)).status).toBe(403);
  });

  it('tells a person who opened the bare address what to do, in words', async () => {
    const page = await fetch(at('/'), { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('needs the key that CXO Role Studio printed');
  });

  it('swaps the printed key for a cookie that opens everything, the contract included', async () => {
    const cookie = await cookieFromLaunchUrl();
    expect((await fetch(at('/'), { headers: { Cookie: cookie } })).status).toBe(200);
    const answer = await invoke(cookie);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it('keeps the rest of the printed address when it takes the key out, and never redirects off the host', async () => {
    const withLanguage = await fetch(`${launchUrl(port, host.key)}&lang=pl`, { redirect: 'manual' });
    expect(withLanguage.headers.get('location')).toBe('/?lang=pl');
    const sneaky = await fetch(at(`//evil.example/?key=${host.key}`), { redirect: 'manual' });
    expect(sneaky.headers.get('location')).toBe('/');
  });

  it('keeps the Host-header and custom-header defences behind the key', async () => {
    const cookie = await cookieFromLaunchUrl();
    // fetch will not send another Host header; a rebinding page's request would
    const rebound = await new Promise<number>((resolve, reject) =>
      request({ port, path: '/', headers: { Cookie: cookie, Host: `evil.example:${port}` } }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end(),
    );
    expect(rebound).toBe(403);
    const simple = await fetch(at('/api/invoke'), {
      method: 'POST',
      headers: { Cookie: cookie },
      body: '{"channel":"app:info","request":{}}',
    });
    expect(simple.status).toBe(403);
  });
});
