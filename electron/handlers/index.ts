// One handler per channel of core/contract.ts. Both shells (Electron IPC and the local web host)
// register exactly these functions through dispatch(), so they behave identically.
import { dirname } from 'node:path';
import '../../core/i18n/all.js'; // every shell translates documents and messages in any language, synchronously
import type { Channel, RequestOf, ResponseOf } from '../../core/contract.js';
import { checkProject, parseFile } from '../../core/formats/index.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import { documentBytes, writeBoardPack, writeJobDescription, writeResults, writeRubric } from '../files/docx-file.js';
import { readScorecards } from '../files/scorecard-file.js';
import { discardRecoveryCopy, listRecoveryCopies, saveRecoveryCopy } from '../files/recovery.js';
import { listDirectory } from '../files/list-dir.js';
import { backupPath, offerBackup, readProjectFile, writeAtomically, writeProjectFile } from '../files/project-file.js';
import { readRecent, rememberRecent } from '../files/recent.js';
import { readSettings, writeSettings } from '../files/settings.js';
import { removeStrayTempFiles } from '../files/stray-temp.js';
import type { HandlerContext } from './context.js';

/** Files written by an export may later be opened or shown from the app; nothing else may. */
function remembered(ctx: HandlerContext, written: Result<{ path: string }>): Result<{ path: string }> {
  if (written.ok) ctx.exported.add(written.value.path);
  return written;
}

export type Handler<C extends Channel> = (request: RequestOf<C>, ctx: HandlerContext) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { [C in Channel]: Handler<C> };

export const HANDLERS: Handlers = {
  'app:info': async (_req, ctx) =>
    ok({
      host: ctx.host,
      nativeDialogs: ctx.dialogs !== null,
      shell: ctx.shell !== null,
      documentsDir: ctx.documentsDir,
      version: ctx.version,
      openAtLaunch: ctx.openAtLaunch,
      interfaceLanguage: (await readSettings(ctx.dataDir)).interfaceLanguage ?? null,
      systemLocales: [...(ctx.systemLocales?.() ?? [])],
    }),

  'settings:interfaceLanguage': async ({ locale }, ctx) => writeSettings(ctx.dataDir, { interfaceLanguage: locale }),

  'project:open': async ({ path }, ctx) => {
    await removeStrayTempFiles([dirname(path)]);
    const loaded = await readProjectFile(path);
    if (!loaded.ok) return offerBackup(path, loaded);
    await rememberRecent(ctx.dataDir, path, ctx.now());
    return ok({ path, project: loaded.value });
  },

  'project:openBackup': async ({ path }) => {
    const loaded = await readProjectFile(backupPath(path));
    return loaded.ok ? ok({ path, project: loaded.value }) : loaded;
  },

  'project:read': async ({ path }) => {
    const loaded = await readProjectFile(path);
    return loaded.ok ? ok({ path, project: loaded.value }) : loaded;
  },

  'project:save': async ({ path, project }, ctx) => {
    if (!hasExtension(path, 'project')) return fail('file.wrongExtension', { extension: EXTENSIONS.project });
    // the schema passed already; this adds the rules a schema cannot express (archetypes sum to 100)
    const checked = checkProject(project);
    if (!checked.ok) return checked;
    const written = await writeProjectFile(path, checked.value);
    if (written.ok) await rememberRecent(ctx.dataDir, path, ctx.now());
    return written;
  },

  'export:jd': async ({ path, role }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return remembered(ctx, await writeJobDescription(path, role, ctx.now()));
  },

  'export:rubric': async ({ path, project }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return remembered(ctx, await writeRubric(path, project, ctx.now()));
  },

  'export:results': async ({ path, project }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return remembered(ctx, await writeResults(path, project, ctx.now()));
  },

  'export:boardPack': async ({ path, project, languageAppendix }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return remembered(ctx, await writeBoardPack(path, project, ctx.now(), languageAppendix));
  },

  'scorecard:save': async ({ path, file }, ctx) => {
    if (!hasExtension(path, 'scorecard')) return fail('file.wrongExtension', { extension: EXTENSIONS.scorecard });
    return remembered(ctx, await writeAtomically(path, `${JSON.stringify(file, null, 2)}\n`));
  },

  'export:bytes': async (request, ctx) => ok({ base64: Buffer.from(await documentBytes(request, ctx.now())).toString('base64') }),

  'project:parse': async ({ text }) => {
    const parsed = parseFile('project', text);
    return parsed.ok ? ok({ project: parsed.value }) : parsed;
  },

  'shell:open': async ({ path }, ctx) => {
    if (!ctx.shell) return fail('shell.unavailable');
    if (!ctx.exported.has(path)) return fail('shell.notExported', { path });
    const error = await ctx.shell.open(path);
    return error ? fail('shell.openFailed', { path, reason: error }) : ok(null);
  },

  'shell:showInFolder': async ({ path }, ctx) => {
    if (!ctx.shell) return fail('shell.unavailable');
    if (!ctx.exported.has(path)) return fail('shell.notExported', { path });
    ctx.shell.showInFolder(path);
    return ok(null);
  },

  'scorecard:read': async ({ sources }) => ok(await readScorecards(sources)),

  'recovery:save': async ({ session, path, project }, ctx) => saveRecoveryCopy(ctx.dataDir, session, path, project, ctx.now()),

  'recovery:discard': async ({ session }, ctx) => discardRecoveryCopy(ctx.dataDir, session),

  'recovery:list': async ({ session }, ctx) => ok(await listRecoveryCopies(ctx.dataDir, session)),

  'recent:list': async (_req, ctx) => ok(await readRecent(ctx.dataDir)),

  'files:list': async ({ dir, kind }) => listDirectory(dir, EXTENSIONS[kind]),

  'dialog:open': async ({ kind, multiple }, ctx) =>
    ctx.dialogs ? ok(await ctx.dialogs.open(kind, multiple ?? false)) : fail('dialog.unavailable'),

  'dialog:save': async ({ kind, suggestedName }, ctx) =>
    ctx.dialogs ? ok(await ctx.dialogs.save(kind, suggestedName)) : fail('dialog.unavailable'),
};
