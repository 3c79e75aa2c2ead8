// Project files on disk: read through the one data boundary (core/formats/project.ts), written
// atomically (safe-write.ts) with the previous version kept beside it as NAME.cxorole.bak, and
// never over a version the user has not seen: every save says which version it expects to
// replace, and the file is checked again at the last moment before it is replaced.
import { stat } from 'node:fs/promises';
import type { Fingerprint, SaveExpectation } from '../../core/contract.js';
import { serializeProject } from '../../core/formats/index.js';
import { EXTENSIONS, MAX_BYTES } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import { fingerprintOf, sameVersion } from './fingerprint.js';
import { readFormatFile, readFormatFileVersion, type Versioned } from './read-file.js';
import { readRegularFile } from './regular-file.js';
import { writeFileSafely } from './safe-write.js';

export const readProjectFile = (path: string): Promise<Result<Project>> => readFormatFile(path, 'project');
export const readProjectVersion = (path: string): Promise<Result<Versioned<Project>>> => readFormatFileVersion(path, 'project');

export const backupPath = (path: string) => `${path}.bak`;
const BACKUP_EXTENSIONS = [`${EXTENSIONS.project}.bak`];

/** Problems of the file's contents, not of reaching it: only then can the backup stand in for it. */
const DAMAGE = /^(file\.(notJson|notProject|noVersion|badVersion|invalid|notUtf8)|foreign\.)/;

/**
 * A damaged project whose backup still reads says so in its problem (`params.backup`), so the app
 * can offer to open the backup instead. A backup that is damaged too is never offered.
 */
export async function offerBackup<T>(path: string, failed: Result<T> & { ok: false }): Promise<Result<never>> {
  if (!DAMAGE.test(failed.problem.code)) return failed;
  const backup = await readProjectFile(backupPath(path));
  if (!backup.ok) return failed;
  return { ok: false, problem: { ...failed.problem, params: { ...failed.problem.params, backup: backupPath(path) } } };
}

/** The bytes now on disk at `path` and their fingerprint, or null when there is no file. */
async function onDisk(path: string): Promise<Result<{ bytes: Buffer; fingerprint: Fingerprint } | null>> {
  const read = await readRegularFile(path, MAX_BYTES.project, [EXTENSIONS.project]);
  if (read.ok) return ok({ bytes: read.value.bytes, fingerprint: fingerprintOf(read.value.bytes, read.value.info) });
  return read.problem.code === 'file.notFound' || read.problem.code === 'file.folderNotFound' ? ok(null) : read;
}

/** Whether the file on disk is the one the save expects to replace; a problem naming what changed if not. */
function matches(expected: SaveExpectation, current: { fingerprint: Fingerprint } | null, path: string): Result<null> {
  if (expected.kind === 'replace') return ok(null);
  if (expected.kind === 'new') return current ? fail('file.appeared', { path }) : ok(null);
  if (!current) return fail('file.vanished', { path });
  return sameVersion(expected.fingerprint, current.fingerprint) ? ok(null) : fail('file.changedOnDisk', { path });
}

export async function writeProjectFile(
  path: string,
  project: Project,
  expected: SaveExpectation,
): Promise<Result<{ path: string; fingerprint: Fingerprint }>> {
  const before = await onDisk(path);
  if (!before.ok) return before;
  const allowed = matches(expected, before.value, path);
  if (!allowed.ok) return allowed;
  const text = serializeProject(project);
  const bytes = Buffer.from(text, 'utf8');
  let backedUp = false;
  const written = await writeFileSafely(path, bytes, {
    extensions: [EXTENSIONS.project],
    createOnly: expected.kind === 'new',
    // the new version is on disk under its temporary name: look once more, as late as possible,
    // then keep the version about to be replaced as the backup
    beforeReplace: async () => {
      const now = await onDisk(path);
      if (!now.ok) return now;
      const still = before.value
        ? now.value && sameVersion(now.value.fingerprint, before.value.fingerprint)
          ? ok(null)
          : fail('file.changedOnDisk', { path })
        : matches({ kind: 'new' }, now.value, path);
      if (!still.ok || !now.value) return still;
      const backup = await writeFileSafely(backupPath(path), now.value.bytes, { extensions: BACKUP_EXTENSIONS });
      if (!backup.ok) return fail('file.backupFailed', { path, backup: backupPath(path), reason: reasonOf(backup.problem) });
      backedUp = true;
      return ok(null);
    },
  });
  if (!written.ok) {
    // the backup was rewritten but the file itself could not be: say so, never "nothing changed"
    if (backedUp && written.problem.code === 'file.notWritable')
      return fail('file.notWritableAfterBackup', { path, backup: backupPath(path), reason: reasonOf(written.problem) });
    return written;
  }
  // what was written is known; only its time comes from the disk
  const info = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
  return ok({ path, fingerprint: fingerprintOf(bytes, info) });
}

const reasonOf = (problem: { params?: Record<string, string | number> }) => String(problem.params?.reason ?? 'other');
