// The browser host's per-launch secret. Any local process can reach a loopback port, so knowing
// the port is not enough: every request must carry this key, 256 random bits drawn at each start.
// The printed URL carries it once (`/?key=…`); the page swaps it for an HttpOnly, SameSite=Strict
// cookie and the key leaves the address bar. Keys are compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newHostKey = (): string => randomBytes(32).toString('base64url');

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
export function isHostKey(given: string | undefined, key: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(key));
}

/** Cookies are shared by every port of a host name, so each host's cookie names its port. */
export const keyCookieName = (port: number): string => `cxo-key-${port}`;

export function keyFromCookies(header: string | undefined, port: number): string | undefined {
  const name = `${keyCookieName(port)}=`;
  const found = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(name));
  return found?.slice(name.length);
}

/** Session cookie: gone when the browser closes; never sent by another site's page. */
export const keyCookie = (port: number, key: string): string => `${keyCookieName(port)}=${key}; HttpOnly; SameSite=Strict; Path=/`;

export const launchUrl = (port: number, key: string): string => `http://127.0.0.1:${port}/?key=${key}`;
