// Every file the app writes goes through here: the bytes land in a temporary file of the app's own
// (`.NAME.cxo-tmp-<pid>-<random>` beside the target), are flushed to disk, and only then renamed
// over the target, so a crash never leaves half a file. Only the app's own temporary names are
// ever swept away (stray-temp.ts). A target that exists must be a regular file the user may write:
// a device such as /dev/full, a FIFO or a folder is refused, and a link is followed only to a
// regular file with the expected extension.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../../core/result.js';
import { errorCode, ioProblem } from './io-problem.js';
import { destinationOf, notRegular } from './regular-file.js';

export const TEMP_MARK = '.cxo-tmp-';

/** `.role.cxorole.cxo-tmp-4242-9f86d081884c`: hidden, ours by name, unique per process and call. */
export function tempNameFor(target: string): string {
  // a long name plus the suffix must still fit in the 255 bytes most file systems allow
  const name = basename(target).slice(0, 120);
  return join(dirname(target), `.${name}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
}

export interface WriteOptions {
  /** what a link may point to (a link to /dev/full or to a project is not followed) */
  extensions: readonly string[];
  /** file permissions; by default a replaced file keeps its own and a new one gets the user's usual */
  mode?: number;
  /** the target must not exist: never replace anything (a new project, `cxo-studio new`) */
  createOnly?: boolean;
  /**
   * Run after the new bytes are safely on disk and just before they replace the target: the last
   * moment to find that someone else changed the file (and to write a backup). A failure here
   * leaves the target exactly as it was.
   */
  beforeReplace?: () => Promise<Result<null>>;
}

async function syncFolder(folder: string): Promise<void> {
  // makes the rename itself durable; folders cannot be opened for this on Windows, where NTFS
  // journals the rename anyway
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // nothing more to do
  }
}

/** link() cannot replace an existing file: the one atomic "create, but only if absent". */
async function placeWithoutReplacing(temp: string, target: string, path: string): Promise<Result<null>> {
  try {
    await link(temp, target);
    await unlink(temp).catch(() => undefined);
    return ok(null);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return fail('file.exists', { path });
    // a file system without hard links (FAT, some network shares): check, then rename
  }
  const there = await lstat(target).then(
    () => true,
    () => false,
  );
  if (there) return fail('file.exists', { path });
  await rename(temp, target);
  return ok(null);
}

export async function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions): Promise<Result<{ path: string }>> {
  const where = await destinationOf(path, options.extensions);
  if (!where.ok) return where;
  const dest = where.value;
  // private while it is written, unless the user's umask already decides for a new file; the final
  // permissions are set just before the file takes its name
  let finalMode = options.mode ?? null;
  if (dest.exists) {
    if (!dest.info.isFile()) return notRegular(path, dest.info);
    if (options.createOnly) return fail('file.exists', { path });
    // a file the user made read-only is not replaced behind their back
    const writable = await access(dest.target, constants.W_OK).then(
      () => true,
      () => false,
    );
    if (!writable) return fail('file.readOnly', { path });
    finalMode ??= dest.info.mode & 0o777;
  }
  const temp = tempNameFor(dest.target);
  let placed = false;
  try {
    const handle = await open(temp, 'wx', finalMode === null ? 0o666 : 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
      if (finalMode !== null && process.platform !== 'win32') await handle.chmod(finalMode);
    } finally {
      await handle.close();
    }
    const ready = options.beforeReplace ? await options.beforeReplace() : ok(null);
    if (!ready.ok) return ready;
    if (options.createOnly) {
      const created = await placeWithoutReplacing(temp, dest.target, path);
      if (!created.ok) return created;
    } else {
      await rename(temp, dest.target);
    }
    placed = true;
    await syncFolder(dirname(dest.target));
    return ok({ path });
  } catch (error) {
    return ioProblem(error, path, 'write');
  } finally {
    if (!placed) await unlink(temp).catch(() => undefined);
  }
}
