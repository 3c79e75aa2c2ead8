// The browser host: serves the built renderer and answers the typed contract over loopback with the
// same dispatch() the Electron main process uses. Only this machine's own pages may call it, and
// only with the key printed at launch (host-key.ts): every request without it, for the page, its
// scripts or the contract, is refused with 403.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import '../../core/i18n/all.js';
import { translator } from '../../core/i18n/index.js';
import { fail } from '../../core/result.js';
import { limitMb, MAX_BYTES } from '../../core/formats/kinds.js';
import { SECURITY_HEADERS } from '../handlers/security-headers.js';
import type { HandlerContext } from '../handlers/context.js';
import { dispatch } from '../handlers/dispatch.js';
import { isHostKey, keyCookie, keyFromCookies, newHostKey } from './host-key.js';

const MAX_BODY_BYTES = MAX_BYTES.project + 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A person who opened the address without its key reads what to do; a script gets the JSON refusal. */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  if (!(req.headers.accept ?? '').includes('text/html')) return send(res, 403, fail('host.forbidden'));
  res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  const t = translator();
  const title = escapeHtml(t('ui.app.name'));
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><p>${escapeHtml(t('errors.host.needsKey'))}</p></html>`,
  );
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const allowedHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];
const isHostAllowed = (req: IncomingMessage, port: number) => allowedHosts(port).includes(req.headers.host ?? '');

/**
 * A page on another site can send requests to loopback. The Host check defeats DNS rebinding; the
 * custom header and JSON content type force a CORS preflight, which this host never approves.
 */
function isFromTheApp(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin && !allowedHosts(port).some((h) => origin === `http://${h}`)) return false;
  return req.headers['x-cxo-contract'] === '1' && (req.headers['content-type'] ?? '').startsWith('application/json');
}

async function answerInvoke(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext, port: number) {
  if (req.method !== 'POST' || !isFromTheApp(req, port)) return send(res, 403, fail('host.forbidden'));
  const text = await readBody(req);
  if (text === null) return send(res, 413, fail('host.tooLarge', { limitMb: limitMb('project') }));
  let message: { channel?: unknown; request?: unknown };
  try {
    message = JSON.parse(text) as typeof message;
  } catch {
    return send(res, 400, fail('host.badRequest', { detail: 'not JSON' }));
  }
  send(res, 200, await dispatch(message.channel, message.request, ctx));
}

export interface WebHost {
  server: Server;
  /** the per-launch secret; the URL to print is launchUrl(port, key) */
  key: string;
}

export function createWebHost(rendererDir: string, ctx: HandlerContext, key: string = newHostKey()): WebHost {
  const assets = sirv(rendererDir, {
    etag: true,
    setHeaders: (res) => Object.entries(SECURITY_HEADERS).forEach(([k, v]) => res.setHeader(k, v)),
  });
  const server = createServer((req, res) => {
    const port = (server.address() as { port: number }).port;
    if (!isHostAllowed(req, port)) return refuse(req, res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(res, 400, fail('host.badRequest', { detail: 'URL' }));
    }
    // the printed address: swap its key for the cookie, and take the key out of the address bar
    if (url.searchParams.has('key') && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!isHostKey(url.searchParams.get('key') ?? undefined, key)) return refuse(req, res);
      // the same address without the key (`?lang=…` and the like stay); never `//elsewhere`
      url.searchParams.delete('key');
      const location = `${url.pathname.startsWith('//') ? '/' : url.pathname}${url.search}`;
      res.writeHead(302, { ...SECURITY_HEADERS, Location: location, 'Set-Cookie': keyCookie(port, key), 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (!isHostKey(keyFromCookies(req.headers.cookie, port), key)) return refuse(req, res);
    if (url.pathname === '/api/invoke') {
      answerInvoke(req, res, ctx, port).catch(() => send(res, 500, fail('unexpected')));
      return;
    }
    assets(req, res, () => send(res, 404, fail('file.notFound', { path: url.pathname })));
  });
  return { server, key };
}
