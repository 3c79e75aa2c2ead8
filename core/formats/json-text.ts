// The prelude every JSON file the app reads shares: the size limit, a byte-order mark some
// editors add, and the JSON parse itself, each refused with a problem the user can act on.
import { fail, ok, type Result } from '../result.js';
import { foreignType } from './foreign.js';
import { limitMb, MAX_BYTES, type ReadableKind } from './kinds.js';

/** `notJson` names what the file was supposed to be ("not a valid project file"). */
export function parseJsonText(text: string, kind: ReadableKind, notJson: string): Result<unknown> {
  // a UTF-16 code unit is at least one byte, so this never lets an over-limit file through
  if (text.length > MAX_BYTES[kind]) return fail('file.tooLarge', { limitMb: limitMb(kind) });
  // a Word document renamed .cxorole says so, for every kind of file the app reads
  const foreign = foreignType(text);
  if (foreign) return fail(`foreign.${kind}.${foreign}`);
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch {
    return fail(notJson);
  }
}
