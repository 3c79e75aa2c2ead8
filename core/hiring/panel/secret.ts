// Passphrases, kept as PBKDF2-SHA256 with a random salt. In a local app this cannot stop someone
// who edits the file, but it makes "I am Ana" something one must prove rather than click.
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Secret } from '../../schema/panel.js';

/** Enough to make guessing slow on a laptop, short enough (well under a second) to type and wait for. */
export const PASSPHRASE_ITERATIONS = 100_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const derive = (passphrase: string, salt: Uint8Array, iterations: number) =>
  pbkdf2Async(sha256, utf8ToBytes(passphrase.normalize('NFC')), salt, { c: iterations, dkLen: 32 });

export async function makeSecret(passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<Secret> {
  const salt = randomBytes(16);
  return { salt: bytesToHex(salt), hash: bytesToHex(await derive(passphrase, salt, iterations)), iterations };
}

export async function checkSecret(secret: Secret, passphrase: string): Promise<boolean> {
  const got = await derive(passphrase, hexToBytes(secret.salt), secret.iterations);
  const want = hexToBytes(secret.hash);
  // every byte compared whatever the first difference, so timing says nothing about the hash
  let diff = got.length ^ want.length;
  for (let i = 0; i < want.length; i += 1) diff |= (got[i] ?? 0) ^ (want[i] ?? 0);
  return diff === 0;
}
