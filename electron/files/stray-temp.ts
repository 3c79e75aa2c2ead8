// write-file-atomic writes NAME.<digits> beside the target and renames it over NAME. A process
// killed between the two leaves that temporary file behind; the next start removes such files.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const STRAY = /\.(cxorole|cxorole\.bak|docx)\.\d{1,10}$/;

export async function removeStrayTempFiles(folders: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue; // a folder that is gone has nothing to clean
    }
    for (const name of names.filter((n) => STRAY.test(n))) {
      try {
        await unlink(join(folder, name));
        removed.push(join(folder, name));
      } catch {
        // still in use by another save, or not ours to remove: leave it
      }
    }
  }
  return removed;
}
