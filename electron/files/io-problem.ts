import { fail, type Result } from '../../core/result.js';

/** Turns a Node file-system error into a problem the user can act on, never a stack trace. */
export function ioProblem<T>(error: unknown, path: string, action: 'read' | 'write'): Result<T> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && action === 'read') return fail('file.notFound', { path });
  if (code === 'EISDIR') return fail('file.isDirectory', { path });
  const reason = describe(code);
  return fail(action === 'read' ? 'file.notReadable' : 'file.notWritable', { path, reason });
}

function describe(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    default:
      return code ?? 'unknown error';
  }
}
