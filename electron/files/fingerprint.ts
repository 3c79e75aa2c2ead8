// Which version of a file the app has open: its size, when it was last changed and a SHA-256 of its
// bytes. A save compares the file on disk with the fingerprint of the version it was opened from.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { Fingerprint } from '../../core/contract.js';

export function fingerprintOf(bytes: Uint8Array, info: Pick<Stats, 'mtimeMs'>): Fingerprint {
  return { size: bytes.byteLength, mtimeMs: info.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The same bytes are the same file: a sync client or `touch` that only moves the modification time
 * changes nothing the user could lose, so size and hash decide. The time is kept to say when the
 * file on disk changed.
 */
export const sameVersion = (a: Fingerprint, b: Fingerprint): boolean => a.size === b.size && a.sha256 === b.sha256;
