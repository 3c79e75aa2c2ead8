// Reading bytes off the disk, for every file the app reads (projects, scorecards, templates, the
// recent list, recovery copies). Only a regular file is read, and never more than its limit plus
// one byte: a device such as /dev/zero, a FIFO that never ends or a folder is refused before a
// byte is read. A symbolic link is followed only to a regular file with an extension the caller
// accepts, so `role.cxorole -> /etc/passwd` is refused for what it is.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fail, ok, type Result } from '../../core/result.js';
import { errorCode, ioProblem } from './io-problem.js';

/** NUL and other control characters name no file a person made; Node throws on NUL. */
export const hasControlCharacters = (path: string): boolean => [...path].some((c) => c.charCodeAt(0) < 0x20);

export const endsWithAny = (path: string, extensions: readonly string[]): boolean =>
  extensions.some((ext) => path.toLowerCase().endsWith(ext.toLowerCase()));

/** Where a path really leads, or why the app will not go there. */
export type Destination = { exists: false; target: string } | { exists: true; target: string; info: Stats; linked: boolean };

/**
 * Where `path` leads, refusing a dangling link and a link to a file of another extension. The
 * caller decides what to make of what it finds (a folder, a device, a regular file).
 */
export async function destinationOf(path: string, extensions: readonly string[]): Promise<Result<Destination>> {
  if (hasControlCharacters(path)) return fail('file.badPath');
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return ok({ exists: false, target: path });
    return ioProblem(error, path, 'read');
  }
  if (!info.isSymbolicLink()) return ok({ exists: true, target: path, info, linked: false });
  let target: string;
  try {
    target = await realpath(path);
    info = await stat(target);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return fail('file.brokenLink', { path });
    if (code === 'ELOOP') return fail('file.linkLoop', { path });
    return ioProblem(error, path, 'read');
  }
  if (!info.isFile() || !endsWithAny(target, extensions)) return fail('file.linkTarget', { path, target });
  return ok({ exists: true, target, info, linked: true });
}

/** The kind of thing at a path that is not a regular file, refused in words. */
export function notRegular<T>(path: string, info: Stats): Result<T> {
  return info.isDirectory() ? fail('file.isDirectory', { path }) : fail('file.notRegular', { path });
}

export interface FileBytes {
  bytes: Buffer;
  /** as the open file saw it, so a fingerprint names the very version that was read */
  info: Stats;
}

/** "There is no file" only when the folder is there: a missing folder, or a file where a folder should be, says so. */
async function missing<T>(path: string): Promise<Result<T>> {
  const folder = dirname(path);
  try {
    const info = await stat(folder);
    return info.isDirectory() ? fail('file.notFound', { path }) : fail('file.notReadable', { path, reason: 'ENOTDIR' });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return fail('file.folderNotFound', { folder, path });
    return code === 'ENOTDIR' ? fail('file.notReadable', { path, reason: 'ENOTDIR' }) : fail('file.notFound', { path });
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
// O_NONBLOCK: opening a FIFO swapped in at the last moment returns at once instead of waiting for
// a writer; O_NOFOLLOW: the resolved path must not have become a link. Neither exists on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK = 256 * 1024;

export async function readRegularFile(path: string, limit: number, extensions: readonly string[]): Promise<Result<FileBytes>> {
  const where = await destinationOf(path, extensions);
  if (!where.ok) return where;
  if (!where.value.exists) return missing(path);
  const { target, info } = where.value;
  if (!info.isFile()) return notRegular(path, info);
  // refuse before reading: a huge file should cost nothing
  if (info.size > limit) return fail('file.tooLarge', { limitMb: mb(limit) });
  try {
    const handle = await open(target, OPEN_FLAGS);
    try {
      // swapped between the look and the open: a newer version saved atomically is read as it is
      // (the fingerprint names it), anything but a regular file is still refused
      const opened = await handle.stat();
      if (!opened.isFile()) return notRegular(path, opened);
      if (opened.size > limit) return fail('file.tooLarge', { limitMb: mb(limit) });
      // a file that grows while it is read is still never read past its limit plus one byte
      const chunks: Buffer[] = [];
      let length = 0;
      while (length <= limit) {
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - length));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
      }
      if (length > limit) return fail('file.tooLarge', { limitMb: mb(limit) });
      return ok({ bytes: Buffer.concat(chunks, length), info: opened });
    } finally {
      await handle.close();
    }
  } catch (error) {
    return ioProblem(error, path, 'read');
  }
}
