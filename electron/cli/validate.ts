// cxo-studio validate FILE: exit 0 and one line for a valid project or template, or exit 1
// naming each bad field. Both kinds are read through the one format boundary.
import { CURRENT_SCHEMA_VERSION } from '../../core/schema/project.js';
import { readFormatFile } from '../files/read-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';

const UNREADABLE = new Set(['file.notFound', 'file.isDirectory', 'file.notReadable']);

export async function validateCommand(args: string[], io: Io): Promise<Exit> {
  const [path, ...rest] = args;
  if (!path || rest.length) throw new UsageError(t('cli.validateNeedsFile'));
  const loaded = await readFormatFile(path, 'project');
  if (loaded.ok) return (io.out(t('cli.validProject', { path, version: CURRENT_SCHEMA_VERSION })), 0);
  // a file with no schemaVersion may be a template: checked as one, it says what it is
  if (loaded.problem.code === 'file.noVersion') {
    const template = await readFormatFile(path, 'template');
    if (template.ok) return (io.out(t('cli.validTemplate', { path, id: template.value.id })), 0);
    if (template.problem.code === 'file.invalid') return problemExit(template.problem, io);
  }
  // a file that could be read but is not a valid project says so before naming what is wrong
  if (!UNREADABLE.has(loaded.problem.code)) io.err(t('cli.invalid', { path }));
  return problemExit(loaded.problem, io);
}
