// cxo-studio export [PROJECT | --template ID] --jd F --rubric F --results F --board-pack F
// --debrief F --interviewer ID --scorecard-pack F [--candidate ID]…: the documents of a project,
// or of a template's defaults.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { findTemplate } from '../../core/project/templates.js';
import { projectFromTemplate } from '../../core/project/from-template.js';
import type { Project } from '../../core/schema/project.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import type { Result } from '../../core/result.js';
import {
  writeBoardPack,
  writeDebrief,
  writeJobDescription,
  writeResults,
  writeRubric,
  writeScorecardPack,
  type DocxTarget,
} from '../files/docx-file.js';
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

// the command line replaces an existing .docx it is told to write, as cp does: the user named it
type Write = (target: DocxTarget, p: Project, c: Choices) => Promise<Result<{ path: string }>>;
type Option = 'jd' | 'rubric' | 'results' | 'board-pack' | 'debrief' | 'scorecard-pack';
const EXPORTS: readonly { option: Option; key: string; write: Write }[] = [
  { option: 'jd', key: 'jd', write: (target, p) => writeJobDescription(target, p.role) },
  { option: 'rubric', key: 'rubric', write: (target, p) => writeRubric(target, p) },
  { option: 'results', key: 'results', write: (target, p) => writeResults(target, p) },
  { option: 'board-pack', key: 'boardPack', write: (target, p, c) => writeBoardPack(target, p, c.appendix) },
  { option: 'debrief', key: 'debrief', write: (target, p, c) => writeDebrief(target, p, c.candidates) },
  {
    option: 'scorecard-pack',
    key: 'scorecardPack',
    write: (target, p, c) =>
      writeScorecardPack(target, p, { interviewerId: c.interviewer ?? '', ...(c.candidates ? { candidateIds: c.candidates } : {}) }),
  },
];

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
  // two documents to one file would leave only the last; an output must end in .docx, so it can never be the project
  const outputs = wanted.map((e) => resolve(values[e.option]!));
  if (new Set(outputs).size < outputs.length) throw new UsageError(t('cli.exportSameTarget'));
  const wrong = wanted.find((e) => !hasExtension(values[e.option]!, 'docx'));
  if (wrong)
    return (io.err(t('cli.exportTargetExtension', { option: wrong.option, path: values[wrong.option], extension: EXTENSIONS.docx })), 1);
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
    const written = await write({ path, replace: true, date }, project, choices);
    if (!written.ok) return problemExit(written.problem, io);
    io.out(t(`cli.exported.${key}`, { path }));
  }
  return 0;
}
