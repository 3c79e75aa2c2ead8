// Exports and blank scorecards: written without replacing anything unless the user agreed, in the
// save dialog or, when a file appeared there since, in a question asked now.
import type { Result } from '../../../core/result';
import type { SaveTarget } from '../components/DialogProvider';

/** null when the user chose not to replace a file that is there */
export async function writeWithConsent<T>(
  target: SaveTarget,
  confirmReplace: (path: string, project: boolean) => Promise<boolean>,
  write: (replace: boolean) => Promise<Result<T>>,
): Promise<Result<T> | null> {
  const first = await write(target.replace);
  if (first.ok || first.problem.code !== 'file.exists') return first;
  return (await confirmReplace(target.path, false)) ? write(true) : null;
}
