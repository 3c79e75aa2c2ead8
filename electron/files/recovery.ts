// Recovery copies: while a project has unsaved changes, the renderer sends it here every few
// seconds and it is written to the app's own data folder (0700, each copy 0600), never over the
// user's file. After a crash, the next start lists the copies so the user can look at one and
// restore it.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { Fingerprint, type RecoveryCopy } from '../../core/contract.js';
import { checkProject } from '../../core/formats/project.js';
import { MAX_BYTES } from '../../core/formats/kinds.js';
import { ok, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import { validate } from '../../core/schema/validator.js';
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from './private-folder.js';
import { decodeUtf8 } from './read-file.js';
import { readRegularFile } from './regular-file.js';
import { writeFileSafely } from './safe-write.js';

const Envelope = Type.Object(
  {
    savedAt: Type.String({ maxLength: 40 }),
    path: Type.Union([Type.String({ maxLength: 4096 }), Type.Null()]),
    // copies written before fingerprints existed have none: saving them then asks before replacing
    fingerprint: Type.Optional(Type.Union([Fingerprint, Type.Null()])),
    project: Type.Unknown(),
  },
  { additionalProperties: false },
);

export const recoveryFolder = (dataDir: string) => join(dataDir, 'recovery');
const fileOf = (dataDir: string, session: string) => join(recoveryFolder(dataDir), `${session}.json`);
/** a copy holds a project and a little about it */
const MAX_COPY_BYTES = MAX_BYTES.project + 64 * 1024;

export interface CopyToSave {
  session: string;
  path: string | null;
  fingerprint: Fingerprint | null;
  project: Project;
}

export async function saveRecoveryCopy(dataDir: string, copy: CopyToSave, now: Date): Promise<Result<{ path: string }>> {
  ensurePrivateFolder(recoveryFolder(dataDir));
  const { path, fingerprint, project } = copy;
  return writeFileSafely(fileOf(dataDir, copy.session), JSON.stringify({ savedAt: now.toISOString(), path, fingerprint, project }), {
    extensions: ['.json'],
    mode: PRIVATE_FILE_MODE,
  });
}

export async function discardRecoveryCopy(dataDir: string, session: string): Promise<Result<null>> {
  await unlink(fileOf(dataDir, session)).catch(() => undefined); // already gone is fine
  return ok(null);
}

async function readCopy(file: string): Promise<Omit<RecoveryCopy, 'session'> | null> {
  const read = await readRegularFile(file, MAX_COPY_BYTES, ['.json']);
  const text = read.ok ? decodeUtf8(read.value.bytes) : read;
  if (!text.ok) return null;
  try {
    const envelope = validate(Envelope, JSON.parse(text.value));
    if (!envelope.valid) return null;
    const project = checkProject(envelope.value.project);
    if (!project.ok) return null;
    const { savedAt, path, fingerprint } = envelope.value;
    return { savedAt, path, fingerprint: fingerprint ?? null, project: project.value };
  } catch {
    return null;
  }
}

/** Copies left by other sessions, newest first. A damaged copy is skipped, not offered. */
export async function listRecoveryCopies(dataDir: string, exceptSession: string): Promise<RecoveryCopy[]> {
  let names: string[];
  try {
    names = (await readdir(recoveryFolder(dataDir))).filter((n) => n.endsWith('.json') && n !== `${exceptSession}.json`);
  } catch {
    return [];
  }
  const copies: RecoveryCopy[] = [];
  for (const name of names) {
    const copy = await readCopy(join(recoveryFolder(dataDir), name));
    if (copy) copies.push({ session: name.slice(0, -'.json'.length), ...copy });
  }
  return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
