// This device's settings, kept in the app's data folder beside the recent-files list: for now the
// interface language the user chose. Read from disk, so it passes ajv; a damaged file counts as
// no choice made (the app then follows the system's language) rather than blocking the start.
// Readable by this user alone, like everything in the data folder (private-json.ts).
import { join } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { LOCALES } from '../../core/i18n/locales.js';
import type { Result } from '../../core/result.js';
import { closedList } from '../../core/schema/common.js';
import { validate } from '../../core/schema/validator.js';
import { readPrivateJson, writePrivateJson } from './private-json.js';

const Settings = Type.Object({ interfaceLanguage: Type.Optional(closedList(LOCALES)) }, { additionalProperties: false });
type Settings = Static<typeof Settings>;

const settingsPath = (dataDir: string) => join(dataDir, 'settings.json');

export async function readSettings(dataDir: string): Promise<Settings> {
  const checked = validate(Settings, await readPrivateJson(settingsPath(dataDir)));
  return checked.valid ? checked.value : {};
}

export async function writeSettings(dataDir: string, patch: Settings): Promise<Result<null>> {
  return writePrivateJson(settingsPath(dataDir), { ...(await readSettings(dataDir)), ...patch });
}
