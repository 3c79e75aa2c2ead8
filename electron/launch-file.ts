import { resolve } from 'node:path';

/** The first command-line argument that names a project file (the OS passes it on double-click). */
export function launchFile(args: readonly string[]): string | null {
  const file = args.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.cxorole'));
  return file ? resolve(file) : null;
}
