// cxo-studio export [PROJECT | --template ID] --jd F --rubric F --results F --board-pack F
// --debrief F --interviewer ID --scorecard-pack F [--candidate ID]…: the documents of a project,
// or of a template's defaults.
import { parseArgs } from 'node:util';
import { findTemplate } from '../../core/project/templates.js';
import { projectFromTemplate } from '../../core/project/from-template.js';
import type { Project } from '../../core/schema/project.js';
import { writeBoardPack, writeDebrief, writeJobDescription, writeResults, writeRubric, writeScorecardPack } from '../files/docx-file.js';
import { readProjectFile } from '../files/project-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';

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

interface Choices {
  appendix: boolean;
  interviewer: string | undefined;
  candidates: string[] | undefined;
}

const EXPORTS = [
  { option: 'jd', key: 'jd', write: (path: string, p: Project, date: Date) => writeJobDescription(path, p.role, date) },
  { option: 'rubric', key: 'rubric', write: writeRubric },
  { option: 'results', key: 'results', write: writeResults },
  {
    option: 'board-pack',
    key: 'boardPack',
    write: (path: string, p: Project, date: Date, c: Choices) => writeBoardPack(path, p, date, c.appendix),
  },
  {
    option: 'debrief',
    key: 'debrief',
    write: (path: string, p: Project, date: Date, c: Choices) => writeDebrief(path, p, date, c.candidates),
  },
  {
    option: 'scorecard-pack',
    key: 'scorecardPack',
    write: (path: string, p: Project, date: Date, c: Choices) =>
      writeScorecardPack(path, p, { interviewerId: c.interviewer ?? '', ...(c.candidates ? { candidateIds: c.candidates } : {}) }, date),
  },
] as const;

/** Only a project has interviewers and candidates: these exports refuse a template. */
const NEEDS_PROJECT = ['results', 'board-pack', 'debrief', 'scorecard-pack'] as const;

export async function exportCommand(args: string[], io: Io): Promise<Exit> {
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
      debrief: { type: 'string' },
      'scorecard-pack': { type: 'string' },
      interviewer: { type: 'string' },
      candidate: { type: 'string', multiple: true },
    },
  });
  if (positionals.length > 1) throw new UsageError(t('cli.exportNeedsSource'));
  const wanted = EXPORTS.filter((e) => values[e.option]);
  if (!wanted.length) throw new UsageError(t('cli.exportNeedsOutput'));
  // a template has no candidates or scorecards, so it has no results to export
  if (values.template && values.results) throw new UsageError(t('cli.resultsNeedProject'));
  if (values.template && values['board-pack']) throw new UsageError(t('cli.boardPackNeedsProject'));
  if (values.template && NEEDS_PROJECT.some((o) => values[o])) throw new UsageError(t('cli.panelNeedsProject'));
  if (values['scorecard-pack'] && !values.interviewer) throw new UsageError(t('cli.packNeedsInterviewer'));
  const project = await projectFrom(positionals[0], values.template, io);
  if (typeof project === 'number') return project;
  const { interviewer } = values;
  if (values['scorecard-pack'] && !project.hiring.interviewers.some((i) => i.id === interviewer)) {
    const known = project.hiring.interviewers.map((i) => `${i.id} (${i.name})`).join(', ');
    return problemExit({ code: 'cli.unknownInterviewer', params: { id: interviewer ?? '', known: known || '–' } }, io);
  }
  const unknown = (values.candidate ?? []).filter((id) => !project.hiring.candidates.some((c) => c.id === id));
  if (unknown.length) return problemExit({ code: 'cli.unknownCandidate', params: { ids: unknown.join(', ') } }, io);
  const choices: Choices = { appendix: values['language-appendix'] ?? false, interviewer, candidates: values.candidate };
  const date = new Date();
  for (const { option, key, write } of wanted) {
    const path = values[option]!;
    const written = await write(path, project, date, choices);
    if (!written.ok) return problemExit(written.problem, io);
    io.out(t(`cli.exported.${key}`, { path }));
  }
  return 0;
}
