// The app's own small JSON files in its data folder (the recent list, this device's settings):
// read only from a regular file, never past a megabyte, as strict UTF-8; written atomically and
// readable by this user alone (0600).
import { ok, type Result } from '../../core/result.js';
import { PRIVATE_FILE_MODE } from './private-folder.js';
import { decodeUtf8 } from './read-file.js';
import { readRegularFile } from './regular-file.js';
import { writeFileSafely } from './safe-write.js';

const MAX_BYTES = 1024 * 1024;

/** The parsed value, or undefined for a file that is missing, damaged or not a regular file. */
export async function readPrivateJson(path: string): Promise<unknown> {
  const read = await readRegularFile(path, MAX_BYTES, ['.json']);
  const text = read.ok ? decodeUtf8(read.value.bytes) : read;
  if (!text.ok) return undefined;
  try {
    return JSON.parse(text.value) as unknown;
  } catch {
    return undefined;
  }
}

export async function writePrivateJson(path: string, value: unknown): Promise<Result<null>> {
  const written = await writeFileSafely(path, `${JSON.stringify(value, null, 2)}\n`, { extensions: ['.json'], mode: PRIVATE_FILE_MODE });
  return written.ok ? ok(null) : written;
}
