// The app's own data (recovery copies of unsaved work, the recent-files list) can name candidates
// and hold their scores: only the user who runs the app may read it. Folders are 0700 and files
// 0600 on POSIX systems; on Windows the user's profile folder already keeps others out.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;
const posix = process.platform !== 'win32';

/** Creates the folder if need be and takes away every permission of others. */
export function ensurePrivateFolder(path: string): string {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (posix) tighten(path, PRIVATE_FOLDER_MODE);
  return path;
}

/** Files an older version left readable by others, made private: run once at start. */
export function tightenPrivateFiles(folder: string): void {
  if (!posix) return;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // not there yet: nothing to tighten
  }
  for (const name of names) {
    const info = lstatSync(join(folder, name), { throwIfNoEntry: false });
    if (info?.isFile()) tighten(join(folder, name), PRIVATE_FILE_MODE);
  }
}

function tighten(path: string, mode: number): void {
  const info = lstatSync(path, { throwIfNoEntry: false });
  // only what is ours, and only where others have any permission at all
  if (!info || info.isSymbolicLink() || info.uid !== process.getuid?.() || (info.mode & 0o077) === 0) return;
  try {
    chmodSync(path, mode);
  } catch {
    // a folder we may not change is left as it is; the files written into it are still 0600
  }
}
