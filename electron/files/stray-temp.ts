// A save killed between writing its temporary file and renaming it leaves that file behind. Only
// the app's own temporary names (safe-write.ts) are ever removed, only as either shell starts, and
// only once they are old enough that no save still running anywhere could be writing them.
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** `.NAME.cxo-tmp-<pid>-<12 hex digits>`, exactly as tempNameFor() makes them. */
const OURS = /^\..+\.cxo-tmp-\d{1,10}-[0-9a-f]{12}$/;
/** Far longer than any save takes (seconds at most, for the largest project on a slow disk). */
export const STRAY_MIN_AGE_MS = 15 * 60 * 1000;

export const isOurTempName = (name: string): boolean => OURS.test(name);

export async function removeStrayTempFiles(folders: Iterable<string>, now: Date): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue; // a folder that is gone has nothing to clean
    }
    for (const name of names.filter(isOurTempName)) {
      const path = join(folder, name);
      try {
        const info = await lstat(path);
        // a save writing it now keeps touching it; a link or a folder by that name is not ours
        if (!info.isFile() || now.getTime() - info.mtimeMs < STRAY_MIN_AGE_MS) continue;
        await unlink(path);
        removed.push(path);
      } catch {
        // gone already, or not ours to remove: leave it
      }
    }
  }
  return removed;
}
