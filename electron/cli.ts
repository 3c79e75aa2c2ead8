// cxo-studio: the command line for batch use. Same core code as the app; words from the catalogue.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { translator } from '../core/i18n/index.js';
import { describeProblem } from '../core/i18n/problem.js';
import type { Problem } from '../core/model/result.js';
import { CURRENT_SCHEMA_VERSION, Template } from '../core/schema/project.js';
import { validate } from '../core/schema/validator.js';
import { findTemplate, projectFromTemplate, TEMPLATES } from '../core/templates/index.js';
import { loadProject } from '../core/project/load.js';
import { writeJobDescription } from './files/docx-file.js';
import { readProjectFile, writeProjectFile } from './files/project-file.js';

const t = translator();
export type Exit = 0 | 1 | 2;
interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}
const problemExit = (problem: Problem, io: Io): Exit => (describeProblem(problem, t).forEach((l) => io.err(l)), 1);

async function roleFrom(file: string | undefined, templateId: string | undefined, io: Io) {
  if (file && templateId) throw new UsageError(t('cli.exportNeedsBoth'));
  if (templateId) {
    const template = findTemplate(templateId);
    if (!template) return problemExit({ code: 'template.unknown', params: { id: templateId } }, io);
    return template.role;
  }
  if (!file) throw new UsageError(t('cli.exportNeedsSource'));
  const loaded = await readProjectFile(file);
  return loaded.ok ? loaded.value.role : problemExit(loaded.problem, io);
}

async function exportCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { template: { type: 'string' }, jd: { type: 'string' } } });
  if (positionals.length > 1) throw new UsageError(t('cli.exportNeedsSource'));
  if (!values.jd) throw new UsageError(t('cli.exportNeedsOutput'));
  const role = await roleFrom(positionals[0], values.template, io);
  if (typeof role === 'number') return role;
  const written = await writeJobDescription(values.jd, role, new Date());
  if (!written.ok) return problemExit(written.problem, io);
  io.out(t('cli.exported', { path: values.jd }));
  return 0;
}

async function validateCommand(args: string[], io: Io): Promise<Exit> {
  const [path, ...rest] = args;
  if (!path || rest.length) throw new UsageError(t('cli.validateNeedsFile'));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return problemExit({ code: 'file.notFound', params: { path } }, io);
  }
  // a file with no schemaVersion but a template's shape is checked as a template
  const data = safeParse(text);
  if (data && typeof data === 'object' && !('schemaVersion' in data) && 'whenToChoose' in data) {
    const checked = validate(Template, data);
    if (checked.valid) return (io.out(t('cli.validTemplate', { path, id: checked.value.id })), 0);
    return problemExit({ code: 'file.invalid', params: { count: checked.fields.length }, fields: checked.fields }, io);
  }
  const loaded = loadProject(text);
  if (!loaded.ok) return (io.err(t('cli.invalid', { path })), problemExit(loaded.problem, io));
  io.out(t('cli.validProject', { path, version: CURRENT_SCHEMA_VERSION }));
  return 0;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return null;
  }
}

async function newCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { template: { type: 'string' }, force: { type: 'boolean' } } });
  const [out] = positionals;
  if (!values.template || !out || positionals.length > 1) throw new UsageError(t('cli.newNeedsArgs'));
  const template = findTemplate(values.template);
  if (!template) return problemExit({ code: 'template.unknown', params: { id: values.template } }, io);
  if (existsSync(out) && !values.force) return (io.err(t('cli.exists', { path: out })), 1);
  if (!out.toLowerCase().endsWith('.cxorole')) return problemExit({ code: 'file.wrongExtension', params: { extension: '.cxorole' } }, io);
  const written = await writeProjectFile(out, projectFromTemplate(template));
  if (!written.ok) return problemExit(written.problem, io);
  io.out(t('cli.created', { title: template.title, path: out }));
  return 0;
}

function templatesCommand(io: Io): Exit {
  const width = Math.max(...TEMPLATES.map((tpl) => tpl.id.length));
  TEMPLATES.forEach((tpl) => io.out(`${tpl.id.padEnd(width)}  ${tpl.title}`));
  return 0;
}

export async function runCli(argv: string[], io: Io): Promise<Exit> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'export':
        return await exportCommand(args, io);
      case 'validate':
        return await validateCommand(args, io);
      case 'new':
        return await newCommand(args, io);
      case 'templates':
        return templatesCommand(io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(t('cli.usage'));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    // parseArgs throws TypeErrors for unknown options; both kinds are the user's typing, not a crash
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(error instanceof Error ? error.message : String(error));
      io.err(t('cli.usage'));
      return 2;
    }
    throw error;
  }
}
