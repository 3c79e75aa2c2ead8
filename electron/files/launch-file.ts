import { resolve } from 'node:path';
import { hasExtension } from '../../core/formats/kinds.js';

/** The first command-line argument that names a project file (the OS passes it on double-click). */
export function launchFile(args: readonly string[]): string | null {
  const file = args.find((a) => !a.startsWith('-') && hasExtension(a, 'project'));
  return file ? resolve(file) : null;
}
