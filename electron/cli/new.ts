// cxo-studio new --template ID FILE.cxorole: a new project from a template.
import { parseArgs } from 'node:util';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { findTemplate } from '../../core/project/templates.js';
import { projectFromTemplate } from '../../core/project/from-template.js';
import { writeProjectFile } from '../files/project-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';

export async function newCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { template: { type: 'string' }, force: { type: 'boolean' } },
  });
  const [out] = positionals;
  if (!values.template || !out || positionals.length > 1) throw new UsageError(t('cli.newNeedsArgs'));
  const template = findTemplate(values.template);
  if (!template) return problemExit({ code: 'template.unknown', params: { id: values.template } }, io);
  if (!hasExtension(out, 'project')) return problemExit({ code: 'file.wrongExtension', params: { extension: EXTENSIONS.project } }, io);
  // without --force nothing is replaced, checked as the file takes its name (never a look, then a write)
  const written = await writeProjectFile(out, projectFromTemplate(template), { kind: values.force ? 'replace' : 'new' });
  if (!written.ok && written.problem.code === 'file.appeared') return (io.err(t('cli.exists', { path: out })), 1);
  if (!written.ok) return problemExit(written.problem, io);
  io.out(t('cli.created', { title: template.title, path: out }));
  return 0;
}
