// Paths that arrive over the contract: only whole paths are accepted. A relative one would be taken
// from wherever the host process happens to run (a Windows path typed into the browser host on
// Linux is relative there, and would create a file named `C:\Users\…` in the host's folder).
import { isAbsolute, resolve } from 'node:path';
import { EXTENSIONS, hasExtension, type FileKind } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import { hasControlCharacters } from '../files/regular-file.js';

/** The path made plain (`/docs/../docs/role.cxorole` is `/docs/role.cxorole`), or why it is refused. */
export function checkPath(path: string): Result<string> {
  if (hasControlCharacters(path)) return fail('file.badPath');
  // the example a user is shown is one of this computer's own kind of path
  if (!isAbsolute(path)) return fail(process.platform === 'win32' ? 'file.notAbsoluteWindows' : 'file.notAbsolute', { path });
  return ok(resolve(path));
}

/** A path the app may write a file of this kind to: whole, and ending in the kind's extension. */
export function checkTarget(path: string, kind: FileKind): Result<string> {
  const checked = checkPath(path);
  if (!checked.ok) return checked;
  return hasExtension(checked.value, kind) ? checked : fail('file.wrongExtension', { extension: EXTENSIONS[kind] });
}
