// Project files on disk: read through the one data boundary (core/formats/project.ts), written
// atomically (temporary file in the same folder, fsync, rename) so a crash never leaves half a
// file, with the previous version kept beside it as NAME.cxorole.bak.
import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { loadProject, MAX_FILE_BYTES, serializeProject } from '../../core/formats/project.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import { ioProblem } from './io-problem.js';

export async function readProjectFile(path: string): Promise<Result<Project>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('file.isDirectory', { path });
    // refuse before reading: a huge file should cost nothing
    if (info.size > MAX_FILE_BYTES) return fail('file.tooLarge', { limitMb: MAX_FILE_BYTES / 1024 / 1024 });
    return loadProject(await readFile(path, 'utf8'));
  } catch (error) {
    return ioProblem(error, path, 'read');
  }
}

export async function writeAtomically(path: string, data: string | Buffer): Promise<Result<{ path: string }>> {
  try {
    await writeFileAtomic(path, data, { fsync: true });
    return ok({ path });
  } catch (error) {
    return ioProblem(error, path, 'write');
  }
}

export const backupPath = (path: string) => `${path}.bak`;

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
