import { fail, type Result } from '../../core/result.js';

/** The Node error codes the catalogue explains (`errors.reason.*`); any other is "other". */
const KNOWN_REASONS = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'ENOENT',
  'ENOTDIR',
  'ELOOP',
  'ENAMETOOLONG',
  'EBUSY',
  'ETXTBSY',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EFBIG',
]);

export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Turns a Node file-system error into a problem the user can act on, never a stack trace. */
export function ioProblem<T>(error: unknown, path: string, action: 'read' | 'write'): Result<T> {
  const code = errorCode(error);
  if (code === 'ENOENT' && action === 'read') return fail('file.notFound', { path });
  if (code === 'EISDIR') return fail('file.isDirectory', { path });
  const reason = code && KNOWN_REASONS.has(code) ? code : 'other';
  return fail(action === 'read' ? 'file.notReadable' : 'file.notWritable', { path, reason });
}
