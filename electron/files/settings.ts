// This device's settings, kept in the app's data folder beside the recent-files list: for now the
// interface language the user chose. Read from disk, so it passes ajv; a damaged file counts as
// no choice made (the app then follows the system's language) rather than blocking the start.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { LOCALES } from '../../core/i18n/locales.js';
import { ok, type Result } from '../../core/result.js';
import { closedList } from '../../core/schema/common.js';
import { validate } from '../../core/schema/validator.js';
import { writeAtomically } from './project-file.js';

const Settings = Type.Object({ interfaceLanguage: Type.Optional(closedList(LOCALES)) }, { additionalProperties: false });
type Settings = Static<typeof Settings>;

const settingsPath = (dataDir: string) => join(dataDir, 'settings.json');

export async function readSettings(dataDir: string): Promise<Settings> {
  try {
    const checked = validate(Settings, JSON.parse(await readFile(settingsPath(dataDir), 'utf8')));
    return checked.valid ? checked.value : {};
  } catch {
    return {};
  }
}

export async function writeSettings(dataDir: string, patch: Settings): Promise<Result<null>> {
  const next = { ...(await readSettings(dataDir)), ...patch };
  const written = await writeAtomically(settingsPath(dataDir), `${JSON.stringify(next, null, 2)}\n`);
  return written.ok ? ok(null) : written;
}
