import { lstat, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DirEntry, DirListing, PathKind } from '../../core/contract.js';
import { fail, ok, type Result } from '../../core/result.js';

// file names in the order a file manager shows them: "report 2" before "report 10", accents where readers expect
const NAMES = new Intl.Collator(undefined, { numeric: true });

/** Folders and files ending in one of `extensions`, folders first, hidden entries left out. */
export async function listDirectory(dir: string, extensions: readonly string[]): Promise<Result<DirListing>> {
  const full = resolve(dir);
  try {
    const dirents = await readdir(full, { withFileTypes: true });
    const entries: DirEntry[] = dirents
      .filter((d) => !d.name.startsWith('.'))
      .filter((d) => d.isDirectory() || (d.isFile() && extensions.some((ext) => d.name.toLowerCase().endsWith(ext))))
      .map((d): DirEntry => ({ name: d.name, path: join(full, d.name), kind: d.isDirectory() ? 'dir' : 'file' }))
      .sort((a, b) => (a.kind === b.kind ? NAMES.compare(a.name, b.name) : a.kind === 'dir' ? -1 : 1));
    const parent = dirname(full);
    return ok({ dir: full, parent: parent === full ? null : parent, entries });
  } catch {
    return fail('file.notFolder', { path: full });
  }
}

/** What a save dialog would replace: nothing, a file, a folder, or something else (a device, a FIFO, a dangling link). */
export async function probePath(path: string): Promise<PathKind> {
  const link = await lstat(path).catch(() => null);
  if (!link) return 'none';
  const info = link.isSymbolicLink() ? await stat(path).catch(() => null) : link;
  if (!info) return 'other';
  return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
}
