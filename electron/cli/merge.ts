// cxo-studio merge ROLE.cxorole CARD.json|PACK.docx…: brings interviewers' scorecard files and
// filled scorecard packs into a project. A pack gives one card per candidate, each merged exactly
// as a scorecard file is. Nothing is ever overwritten silently: a card that differs from the one
// the project holds is a conflict, shown side by side and left unmerged unless --keep-incoming says
// to take it.
import { parseArgs } from 'node:util';
import { mergeScorecards, settleConflict, type Conflict, type MergeNote } from '../../core/hiring/exchange.js';
import { packEntries } from '../../core/hiring/pack/merge.js';
import { describeProblem } from '../../core/i18n/problem.js';
import type { Problem } from '../../core/result.js';
import { checkProject, hasExtension } from '../../core/formats/index.js';
import type { Project } from '../../core/schema/project.js';
import type { Scorecard } from '../../core/schema/rubric.js';
import type { ScorecardFile } from '../../core/schema/scorecard-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';
import { readProjectVersion, writeProjectFile } from '../files/project-file.js';
import { screenIncomingCards } from '../../core/hiring/references.js';
import { readScorecardSource } from '../files/scorecard-file.js';

const COLUMN = 34;
const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/** The two cards' ratings side by side, one criterion a line; `*` marks what differs. */
export function sideBySide(project: Project, { existing, incoming }: Conflict): string[] {
  const byId = (card: Scorecard) => new Map(card.ratings.map((r) => [r.criterionId, r]));
  const [mine, theirs] = [byId(existing), byId(incoming)];
  const rating = (r: Scorecard['ratings'][number] | undefined) => {
    if (!r || (r.rating === null && !r.evidence.trim())) return t('cli.merge.noRating');
    const value = r.rating === null ? t('cli.merge.noRating') : String(r.rating);
    return r.evidence.trim() ? `${value} · “${r.evidence.trim()}”` : value;
  };
  const recommendation = (s: Scorecard) => (s.recommendation ? t(`scoring.recommendation.${s.recommendation}`) : t('cli.merge.noRating'));
  const rows: [string, string, string][] = [
    [t('cli.merge.status'), t(`cli.merge.statusValue.${existing.status}`), t(`cli.merge.statusValue.${incoming.status}`)],
    ...project.rubric.criteria
      .filter((c) => mine.has(c.id) || theirs.has(c.id))
      .map((c): [string, string, string] => [c.title, rating(mine.get(c.id)), rating(theirs.get(c.id))]),
    [t('cli.merge.recommendation'), recommendation(existing), recommendation(incoming)],
  ];
  const line = (mark: string, [a, b, c]: [string, string, string]) =>
    `   ${mark} ${fit(a, COLUMN)}  ${fit(b, COLUMN)}  ${fit(c, COLUMN)}`.trimEnd();
  return [
    line(' ', [t('cli.merge.criterion'), t('cli.merge.inProject'), t('cli.merge.inFile')]),
    ...rows.map((r) => line(r[1] === r[2] ? ' ' : '*', r)),
  ];
}

export async function mergeCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'keep-incoming': { type: 'boolean' } } });
  const [projectPath, ...files] = positionals;
  if (!projectPath || !files.length) throw new UsageError(t('cli.merge.needsArgs'));
  const loaded = await readProjectVersion(projectPath);
  if (!loaded.ok) return problemExit(loaded.problem, io);
  const project = loaded.value.value;

  const invalid = new Map<string, Problem>();
  const read: { file: string; card: ScorecardFile }[] = [];
  const notes: MergeNote[] = [];
  /** what each file given on the command line became: itself, or a pack's card per candidate */
  const entriesOf = new Map<string, string[]>();
  const now = new Date();
  for (const file of files) {
    const source = await readScorecardSource({ path: file });
    if (!source.ok) {
      invalid.set(file, source.problem);
    } else if (source.value.kind === 'card') {
      read.push({ file, card: source.value.card });
    } else {
      const fromPack = packEntries(project, file, source.value.pack, now);
      if (!fromPack.ok) invalid.set(file, fromPack.problem);
      else {
        read.push(...fromPack.value.entries);
        notes.push(...fromPack.value.notes);
        entriesOf.set(file, [...new Set([...fromPack.value.entries, ...fromPack.value.notes].map((e) => e.file))]);
      }
    }
  }
  // a card rating criteria this project's rubric does not have is refused like any invalid file
  const screened = screenIncomingCards(project.rubric, read);
  screened.problems.forEach(({ file, problem }) => invalid.set(file, problem));
  const incoming = screened.cards;
  const outcome = mergeScorecards(project.hiring, incoming);
  notes.push(...outcome.notes);
  let hiring = outcome.hiring;
  const keep = values['keep-incoming'] === true;
  if (keep) for (const conflict of outcome.conflicts) hiring = settleConflict(hiring, conflict, 'incoming');

  const changed = outcome.added.length > 0 || (keep && outcome.conflicts.length > 0);
  if (changed) {
    // the merged project passes the same data boundary as any project file before it is written,
    // and replaces only the very version read above: a save made meanwhile (the app, a sync
    // client) is never overwritten, checked again just before the file is replaced
    const checked = checkProject({ ...project, hiring });
    if (!checked.ok) return problemExit(checked.problem, io);
    const written = await writeProjectFile(projectPath, checked.value, { kind: 'opened', fingerprint: loaded.value.fingerprint });
    if (!written.ok) {
      problemExit(written.problem, io);
      io.err(t('cli.merge.notSaved', { path: projectPath }));
      return 1;
    }
  }

  // only now that the project is saved does any file say it was added
  const names = (s: Scorecard) => ({
    candidate: project.hiring.candidates.find((c) => c.id === s.candidateId)?.name ?? s.candidateId,
    interviewer: project.hiring.interviewers.find((i) => i.id === s.interviewerId)?.name ?? s.interviewerId,
  });
  const report = (file: string) => {
    const added = outcome.added.find((a) => a.file === file);
    const conflict = outcome.conflicts.find((c) => c.file === file);
    const problem = invalid.get(file);
    const card = incoming.find((i) => i.file === file)?.card;
    const lines: string[] = [];
    if (added) lines.push(t('cli.merge.added', { file, ...names(added.scorecard) }));
    else if (outcome.duplicates.includes(file)) lines.push(t('cli.merge.duplicate', { file }));
    else if (conflict && keep) lines.push(t('cli.merge.replaced', { file, ...names(conflict.incoming) }));
    else if (conflict) lines.push(t('cli.merge.conflict', { file, ...names(conflict.incoming) }), ...sideBySide(project, conflict));
    else if (problem)
      lines.push(
        t(hasExtension(file, 'docx') ? 'cli.merge.invalidPack' : 'cli.merge.invalid', { file }),
        ...describeProblem(problem, t).map((l) => `   ${l}`),
      );
    else if (card) lines.push(t('cli.merge.unknown', { file, candidate: card.candidate.name, interviewer: card.interviewer.name }));
    // notes follow the file's line; a page left blank has nothing else to say
    const said = notes.filter((n) => n.file === file).map((n) => t(`panel.merge.${n.code}`, { ...n.params }));
    if (lines.length) lines.push(...said.map((l) => `   ${l}`));
    else lines.push(...said.map((l) => `${file}: ${l}`));
    lines.forEach((l) => io.out(l));
  };
  for (const file of files) (entriesOf.get(file) ?? [file]).forEach(report);

  const unsettled = (keep ? 0 : outcome.conflicts.length) + outcome.unknown.length + invalid.size;
  io.out(
    t(changed ? 'cli.merge.summary' : 'cli.merge.untouched', {
      path: projectPath,
      added: outcome.added.length + (keep ? outcome.conflicts.length : 0),
      duplicates: outcome.duplicates.length,
      unsettled,
    }),
  );
  return unsettled ? 1 : 0;
}
