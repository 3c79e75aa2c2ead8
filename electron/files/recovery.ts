// Recovery copies: while a project has unsaved changes, the renderer sends it here every few
// seconds and it is written to the app's own data folder, never over the user's file. After a
// crash, the next start lists the copies so the user can look at one and restore it.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { RecoveryCopy } from '../../core/contract.js';
import { checkProject } from '../../core/formats/project.js';
import { ok, type Result } from '../../core/result.js';
import type { Project } from '../../core/schema/project.js';
import { validate } from '../../core/schema/validator.js';
import { writeAtomically } from './project-file.js';

const Envelope = Type.Object(
  { savedAt: Type.String({ maxLength: 40 }), path: Type.Union([Type.String({ maxLength: 4096 }), Type.Null()]), project: Type.Unknown() },
  { additionalProperties: false },
);

const folder = (dataDir: string) => join(dataDir, 'recovery');
const fileOf = (dataDir: string, session: string) => join(folder(dataDir), `${session}.json`);

export async function saveRecoveryCopy(
  dataDir: string,
  session: string,
  path: string | null,
  project: Project,
  now: Date,
): Promise<Result<{ path: string }>> {
  await mkdir(folder(dataDir), { recursive: true });
  return writeAtomically(fileOf(dataDir, session), JSON.stringify({ savedAt: now.toISOString(), path, project }));
}

export async function discardRecoveryCopy(dataDir: string, session: string): Promise<Result<null>> {
  await unlink(fileOf(dataDir, session)).catch(() => undefined); // already gone is fine
  return ok(null);
}

/** Copies left by other sessions, newest first. A damaged copy is skipped, not offered. */
export async function listRecoveryCopies(dataDir: string, exceptSession: string): Promise<RecoveryCopy[]> {
  let names: string[];
  try {
    names = (await readdir(folder(dataDir))).filter((n) => n.endsWith('.json') && n !== `${exceptSession}.json`);
  } catch {
    return [];
  }
  const copies: RecoveryCopy[] = [];
  for (const name of names) {
    try {
      const envelope = validate(Envelope, JSON.parse(await readFile(join(folder(dataDir), name), 'utf8')));
      if (!envelope.valid) continue;
      const project = checkProject(envelope.value.project);
      if (!project.ok) continue;
      copies.push({
        session: name.slice(0, -'.json'.length),
        savedAt: envelope.value.savedAt,
        path: envelope.value.path,
        project: project.value,
      });
    } catch {
      continue;
    }
  }
  return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
