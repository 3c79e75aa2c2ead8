// Path text handling for the in-app file dialog. The renderer never touches the file system; it
// only composes the strings the main side is asked about, on POSIX and Windows hosts alike.
import { EXTENSIONS, type FileKind } from '../../../core/formats/kinds';

const separatorOf = (dir: string): string => (dir.includes('\\') && !dir.includes('/') ? '\\' : '/');

export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  return /[\\/]$/.test(dir) ? `${dir}${name}` : `${dir}${separatorOf(dir)}${name}`;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The folder part of a path ("/home/ana/role.cxorole" → "/home/ana"). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '';
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

/** A whole path on either kind of host: `/…`, `C:\…` or `C:/…`, or `\\server\share…`. */
export const isAbsolutePath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);

/** A name typed in the file dialog is taken from the folder it shows, as in any file dialog. */
export function resolveTyped(dir: string, typed: string): string {
  return isAbsolutePath(typed) || !dir ? typed : joinPath(dir, typed);
}

export function withExtension(path: string, kind: FileKind): string {
  const ext = EXTENSIONS[kind];
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

/** "Chief Experience Officer" → "chief-experience-officer.cxorole"; each part is slugged and joined by a hyphen. */
export function suggestedFileName(title: string, kind: FileKind, ...more: string[]): string {
  const slug = [title, ...more]
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'role'}${EXTENSIONS[kind]}`;
}
