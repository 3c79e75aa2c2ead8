import { resolve } from 'node:path';
import { hasExtension } from '../../core/formats/kinds.js';

/**
 * The first command-line argument that names a project file (the OS passes it on double-click),
 * made whole against the folder the launch came from: a second launch hands over its own folder.
 */
export function launchFile(args: readonly string[], cwd: string = process.cwd()): string | null {
  const file = args.find((a) => !a.startsWith('-') && hasExtension(a, 'project'));
  return file ? resolve(cwd, file) : null;
}
