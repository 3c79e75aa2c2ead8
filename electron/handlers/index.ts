// One handler per channel of core/contract.ts. Both shells (Electron IPC and the local web host)
// register exactly these functions through dispatch(), so they behave identically.
import { dirname } from 'node:path';
import '../../core/i18n/all.js'; // every shell translates documents and messages in any language, synchronously
import type { Channel, RequestOf, ResponseOf } from '../../core/contract.js';
import { checkProject } from '../../core/formats/index.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import { writeBoardPack, writeJobDescription, writeResults, writeRubric } from '../files/docx-file.js';
import { readScorecards } from '../files/scorecard-file.js';
import { discardRecoveryCopy, listRecoveryCopies, saveRecoveryCopy } from '../files/recovery.js';
import { listDirectory } from '../files/list-dir.js';
import { readProjectFile, writeAtomically, writeProjectFile } from '../files/project-file.js';
import { readRecent, rememberRecent } from '../files/recent.js';
import { readSettings, writeSettings } from '../files/settings.js';
import { removeStrayTempFiles } from '../files/stray-temp.js';
import type { HandlerContext } from './context.js';

export type Handler<C extends Channel> = (request: RequestOf<C>, ctx: HandlerContext) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { [C in Channel]: Handler<C> };

export const HANDLERS: Handlers = {
  'app:info': async (_req, ctx) =>
    ok({
      host: ctx.host,
      nativeDialogs: ctx.dialogs !== null,
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
    if (!loaded.ok) return loaded;
    await rememberRecent(ctx.dataDir, path, ctx.now());
    return ok({ path, project: loaded.value });
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
    return writeJobDescription(path, role, ctx.now());
  },

  'export:rubric': async ({ path, project }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return writeRubric(path, project, ctx.now());
  },

  'export:results': async ({ path, project }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return writeResults(path, project, ctx.now());
  },

  'export:boardPack': async ({ path, project, languageAppendix }, ctx) => {
    if (!hasExtension(path, 'docx')) return fail('file.wrongExtension', { extension: EXTENSIONS.docx });
    return writeBoardPack(path, project, ctx.now(), languageAppendix);
  },

  'scorecard:save': async ({ path, file }) => {
    if (!hasExtension(path, 'scorecard')) return fail('file.wrongExtension', { extension: EXTENSIONS.scorecard });
    return writeAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
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
