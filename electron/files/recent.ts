// The recent-files list, kept in the app's data folder, readable by this user only. It is read
// from disk, so it passes ajv too; a damaged list is treated as empty rather than blocking the
// Start screen.
import { basename, join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { RecentFile } from '../../core/contract.js';
import { validate } from '../../core/schema/validator.js';
import { readPrivateJson, writePrivateJson } from './private-json.js';

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
  const checked = validate(RecentList, await readPrivateJson(listPath(dataDir)));
  return checked.valid ? checked.value : [];
}

export async function rememberRecent(dataDir: string, path: string, now: Date): Promise<void> {
  const list = (await readRecent(dataDir)).filter((r) => r.path !== path);
  list.unshift({ path, name: basename(path), openedAt: now.toISOString() });
  // the list is a convenience: failing to write it must never fail the save or open that called it
  await writePrivateJson(listPath(dataDir), list.slice(0, MAX_RECENT));
}
