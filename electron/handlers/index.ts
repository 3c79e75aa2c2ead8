// One handler per channel of core/contract.ts. Both shells (Electron IPC and the local web host)
// register exactly these functions through dispatch(), so they behave identically.
import '../../core/i18n/all.js'; // every shell translates documents and messages in any language, synchronously
import '../../core/project/all-templates.js';
import type { Channel, RequestOf, ResponseOf } from '../../core/contract.js';
import { parseFile } from '../../core/formats/index.js';
import { OPENED_EXTENSIONS } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import {
  documentBytes,
  writeBoardPack,
  writeDebrief,
  writeFilledPack,
  writeJobDescription,
  writeResults,
  writeRubric,
  writeScorecardPack,
} from '../files/docx-file.js';
import { readScorecards, readScorecardSource, writeScorecardFile } from '../files/scorecard-file.js';
import { discardRecoveryCopy, listRecoveryCopies, saveRecoveryCopy } from '../files/recovery.js';
import { listDirectory, probePath } from '../files/list-dir.js';
import { readRecent } from '../files/recent.js';
import { readSettings, writeSettings } from '../files/settings.js';
import type { HandlerContext } from './context.js';
import { openProject, saveProject } from './project.js';
import { exported, openExported, showExported } from './exported.js';
import { backupPath, offerBackup, readProjectVersion } from '../files/project-file.js';
import { inSessionOrder } from './session-order.js';
import { checkPath, checkTarget } from './targets.js';

export type Handler<C extends Channel> = (request: RequestOf<C>, ctx: HandlerContext) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** An export goes only to a whole path ending in .docx (docx-file.ts refuses any other extension). */
const guarded = async (path: string, write: (path: string) => Promise<Result<{ path: string }>>) => {
  const checked = checkTarget(path, 'docx');
  return checked.ok ? write(checked.value) : checked;
};

/** A project read without opening it, or the backup read in its place: for the saved-file comparison and the way out of damage. */
async function readProject(path: string, from: 'file' | 'backup') {
  const checked = checkPath(path);
  if (!checked.ok) return checked;
  const read = await readProjectVersion(from === 'backup' ? backupPath(checked.value) : checked.value);
  return read.ok ? ok({ path: checked.value, project: read.value.value, fingerprint: read.value.fingerprint }) : read;
}

export const HANDLERS: Handlers = {
  'app:info': async (_req, ctx) =>
    ok({
      host: ctx.host,
      nativeDialogs: ctx.dialogs !== null,
      shell: Boolean(ctx.shell),
      documentsDir: ctx.documentsDir,
      version: ctx.version,
      openAtLaunch: ctx.openAtLaunch,
      interfaceLanguage: (await readSettings(ctx.dataDir)).interfaceLanguage ?? null,
      systemLocales: [...(ctx.systemLocales?.() ?? [])],
    }),

  'settings:interfaceLanguage': async ({ locale }, ctx) => writeSettings(ctx.dataDir, { interfaceLanguage: locale }),

  // a damaged project whose backup still reads says so, so the app can offer the backup
  'project:open': async (request, ctx) => {
    const opened = await openProject(request, ctx);
    return opened.ok ? opened : offerBackup(request.path, opened);
  },
  'project:read': async ({ path }) => readProject(path, 'file'),
  // the backup stands in for the damaged file, with no fingerprint: saving asks before replacing the damage
  'project:openBackup': async ({ path }) => {
    const backup = await readProject(path, 'backup');
    return backup.ok ? ok({ path: backup.value.path, project: backup.value.project }) : backup;
  },
  'project:parse': async ({ text }) => {
    const parsed = parseFile('project', text);
    return parsed.ok ? ok({ project: parsed.value }) : parsed;
  },
  'export:bytes': async (request, ctx) => {
    const made = await documentBytes(request, ctx.now());
    return made.ok ? ok({ base64: Buffer.from(made.value).toString('base64') }) : made;
  },
  'shell:open': openExported,
  'shell:showInFolder': showExported,
  'project:save': saveProject,

  'export:jd': async ({ role, replace, ...request }, ctx) =>
    exported(ctx, await guarded(request.path, (path) => writeJobDescription({ path, replace, date: ctx.now() }, role))),

  'export:rubric': async ({ project, replace, ...request }, ctx) =>
    exported(ctx, await guarded(request.path, (path) => writeRubric({ path, replace, date: ctx.now() }, project))),

  'export:results': async ({ project, replace, ...request }, ctx) =>
    exported(ctx, await guarded(request.path, (path) => writeResults({ path, replace, date: ctx.now() }, project))),

  'export:boardPack': async ({ project, languageAppendix, replace, ...request }, ctx) =>
    exported(ctx, await guarded(request.path, (path) => writeBoardPack({ path, replace, date: ctx.now() }, project, languageAppendix))),

  'export:scorecardPack': async ({ project, interviewerId, candidateIds, replace, ...request }, ctx) =>
    guarded(request.path, (path) =>
      writeScorecardPack({ path, replace, date: ctx.now() }, project, { interviewerId, ...(candidateIds ? { candidateIds } : {}) }),
    ),

  'export:debrief': async ({ project, candidateIds, replace, ...request }, ctx) =>
    guarded(request.path, (path) => writeDebrief({ path, replace, date: ctx.now() }, project, candidateIds)),

  'interviewer:open': async ({ path }) => {
    const checked = checkPath(path);
    if (!checked.ok) return checked;
    const read = await readScorecardSource({ path: checked.value });
    if (!read.ok) return read;
    const source =
      read.value.kind === 'card' ? { kind: 'scorecard' as const, file: read.value.card } : { kind: 'pack' as const, pack: read.value.pack };
    return ok({ path: checked.value, source });
  },

  'pack:save': async ({ frame, cards, replace, ...request }, ctx) =>
    guarded(request.path, (path) => writeFilledPack({ path, replace, date: ctx.now() }, frame, cards)),

  'scorecard:save': async ({ path, file, replace }, ctx) => {
    const target = checkTarget(path, 'scorecard');
    return exported(ctx, target.ok ? await writeScorecardFile(target.value, file, replace) : target);
  },

  'scorecard:read': async ({ sources }) => {
    // a path must be whole, as everywhere; text dropped onto the window has none
    const refused = sources.flatMap((s) => {
      const checked = 'path' in s ? checkPath(s.path) : ok(null);
      return checked.ok ? [] : [{ file: (s as { path: string }).path, problem: checked.problem }];
    });
    const read = await readScorecards(sources.filter((s) => !('path' in s) || checkPath(s.path).ok));
    return ok({ cards: read.cards, packs: read.packs, problems: [...refused, ...read.problems] });
  },

  'recovery:save': async ({ session, seq, path, fingerprint, project }, ctx) =>
    inSessionOrder(
      ctx,
      session,
      seq,
      () => saveRecoveryCopy(ctx.dataDir, { session, path, fingerprint, project }, ctx.now()),
      // a discard sent after this copy was already carried out: the copy must not come back
      () => fail('recovery.superseded'),
    ),

  'recovery:discard': async ({ session, seq }, ctx) =>
    inSessionOrder(
      ctx,
      session,
      seq,
      () => discardRecoveryCopy(ctx.dataDir, session),
      () => ok(null),
    ),

  'recovery:list': async ({ session }, ctx) => ok(await listRecoveryCopies(ctx.dataDir, session)),

  'recent:list': async (_req, ctx) => ok(await readRecent(ctx.dataDir)),

  'files:list': async ({ dir, kind }) => {
    const checked = checkPath(dir);
    return checked.ok ? listDirectory(checked.value, OPENED_EXTENSIONS[kind]) : checked;
  },

  'files:probe': async ({ path }) => {
    const checked = checkPath(path);
    return checked.ok ? ok({ kind: await probePath(checked.value) }) : checked;
  },

  'dialog:open': async ({ kind, multiple }, ctx) =>
    ctx.dialogs ? ok(await ctx.dialogs.open(kind, multiple ?? false)) : fail('dialog.unavailable'),

  'dialog:save': async ({ kind, suggestedName }, ctx) =>
    ctx.dialogs ? ok(await ctx.dialogs.save(kind, suggestedName)) : fail('dialog.unavailable'),
};
