// The recent-files list, kept in the app's data folder. It is read from disk, so it passes ajv too;
// a damaged list is treated as empty rather than blocking the Start screen.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { RecentFile } from '../../core/contract.js';
import { validate } from '../../core/schema/validator.js';
import { writeAtomically } from './project-file.js';

const MAX_RECENT = 8;
const RecentList = Type.Array(
  Type.Object(
    { path: Type.String({ maxLength: 4096 }), name: Type.String({ maxLength: 512 }), openedAt: Type.String({ maxLength: 64 }) },
    { additionalProperties: false },
  ),
  { maxItems: 50 },
);

const listPath = (dataDir: string) => join(dataDir, 'recent-files.json');

export async function readRecent(dataDir: string): Promise<RecentFile[]> {
  try {
    const checked = validate(RecentList, JSON.parse(await readFile(listPath(dataDir), 'utf8')));
    return checked.valid ? checked.value : [];
  } catch {
    return [];
  }
}

export async function rememberRecent(dataDir: string, path: string, now: Date): Promise<void> {
  const list = (await readRecent(dataDir)).filter((r) => r.path !== path);
  list.unshift({ path, name: basename(path), openedAt: now.toISOString() });
  // the list is a convenience: failing to write it must never fail the save or open that called it
  await writeAtomically(listPath(dataDir), `${JSON.stringify(list.slice(0, MAX_RECENT), null, 2)}\n`);
}
