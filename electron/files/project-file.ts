// Project files on disk: read through the one data boundary (core/formats/project.ts), written
// atomically (temporary file in the same folder, fsync, rename) so a crash never leaves half a
// file, with the previous version kept beside it as NAME.cxorole.bak.
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { serializeProject } from '../../core/formats/index.js';
import { ok, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import { ioProblem } from './io-problem.js';
import { readFormatFile } from './read-file.js';

export const readProjectFile = (path: string): Promise<Result<Project>> => readFormatFile(path, 'project');

export async function writeAtomically(path: string, data: string | Uint8Array): Promise<Result<{ path: string }>> {
  try {
    // a view over the same bytes, no copy: the library's types ask for a Buffer
    const bytes = typeof data === 'string' || Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await writeFileAtomic(path, bytes, { fsync: true });
    return ok({ path });
  } catch (error) {
    return ioProblem(error, path, 'write');
  }
}

export const backupPath = (path: string) => `${path}.bak`;

/** Problems of the file's contents, not of reaching it: only then can the backup stand in for it. */
const DAMAGE = /^(file\.(notJson|notProject|noVersion|invalid)|foreign\.)/;

/**
 * A damaged project whose backup still reads says so in its problem (`params.backup`), so the app
 * can offer to open the backup instead. A backup that is damaged too is never offered.
 */
export async function offerBackup(path: string, failed: Result<Project> & { ok: false }): Promise<Result<never>> {
  if (!DAMAGE.test(failed.problem.code)) return failed;
  const backup = await readProjectFile(backupPath(path));
  if (!backup.ok) return failed;
  return { ok: false, problem: { ...failed.problem, params: { ...failed.problem.params, backup: backupPath(path) } } };
}

export async function writeProjectFile(path: string, project: Project): Promise<Result<{ path: string }>> {
  let previous: Buffer | null = null;
  try {
    previous = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return ioProblem(error, path, 'read');
  }
  // the backup is written first: if it cannot be written, the original is left as it was
  if (previous !== null) {
    const backup = await writeAtomically(backupPath(path), previous);
    if (!backup.ok) return backup;
  }
  return writeAtomically(path, serializeProject(project));
}
