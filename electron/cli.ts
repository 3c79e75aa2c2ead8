// cxo-studio: the command line for batch use. Same core code as the app; words from the catalogue.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Project } from '../core/schema/project.js';
import { CURRENT_SCHEMA_VERSION, Template } from '../core/schema/project.js';
import { validate } from '../core/schema/validator.js';
import { findTemplate, TEMPLATES } from '../core/project/templates.js';
import { projectFromTemplate } from '../core/project/from-template.js';
import { loadProject } from '../core/formats/project.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from './files/docx-file.js';
import { checkCommand } from './cli-check.js';
import { mergeCommand } from './cli-merge.js';
import { problemExit, t, UsageError, type Exit, type Io } from './cli-shared.js';
import { readProjectFile, writeProjectFile } from './files/project-file.js';

export type { Exit } from './cli-shared.js';

/** The project to export: a project file, or a template's defaults as a fresh project. */
async function projectFrom(file: string | undefined, templateId: string | undefined, io: Io): Promise<Project | Exit> {
  if (file && templateId) throw new UsageError(t('cli.exportNeedsBoth'));
  if (templateId) {
    const template = findTemplate(templateId);
    if (!template) return problemExit({ code: 'template.unknown', params: { id: templateId } }, io);
    return projectFromTemplate(template);
  }
  if (!file) throw new UsageError(t('cli.exportNeedsSource'));
  const loaded = await readProjectFile(file);
  return loaded.ok ? loaded.value : problemExit(loaded.problem, io);
}

const EXPORTS = [
  { option: 'jd', key: 'jd', write: (path: string, p: Project, date: Date) => writeJobDescription(path, p.role, date) },
  { option: 'rubric', key: 'rubric', write: writeRubric },
  { option: 'results', key: 'results', write: writeResults },
  {
    option: 'board-pack',
    key: 'boardPack',
    write: (path: string, p: Project, date: Date, appendix: boolean) => writeBoardPack(path, p, date, appendix),
  },
] as const;

async function exportCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      jd: { type: 'string' },
      rubric: { type: 'string' },
      results: { type: 'string' },
      'board-pack': { type: 'string' },
      'language-appendix': { type: 'boolean' },
    },
  });
  if (positionals.length > 1) throw new UsageError(t('cli.exportNeedsSource'));
  const wanted = EXPORTS.filter((e) => values[e.option]);
  if (!wanted.length) throw new UsageError(t('cli.exportNeedsOutput'));
  // a template has no candidates or scorecards, so it has no results to export
  if (values.template && values.results) throw new UsageError(t('cli.resultsNeedProject'));
  if (values.template && values['board-pack']) throw new UsageError(t('cli.boardPackNeedsProject'));
  const project = await projectFrom(positionals[0], values.template, io);
  if (typeof project === 'number') return project;
  const date = new Date();
  for (const { option, key, write } of wanted) {
    const path = values[option]!;
    const written = await write(path, project, date, values['language-appendix'] ?? false);
    if (!written.ok) return problemExit(written.problem, io);
    io.out(t(`cli.exported.${key}`, { path }));
  }
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
      case 'merge':
        return await mergeCommand(args, io);
      case 'check':
        return await checkCommand(args, io);
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
