// Opening and saving a project. Opening returns the fingerprint of the version read; saving says
// which version it expects to replace, and is refused in words when the disk holds another.
import type { RequestOf, ResponseOf } from '../../core/contract.js';
import { checkProject } from '../../core/formats/index.js';
import { EXTENSIONS, hasExtension } from '../../core/formats/kinds.js';
import { fail, ok, type Result } from '../../core/result.js';
import { readProjectVersion, writeProjectFile } from '../files/project-file.js';
import { rememberRecent } from '../files/recent.js';
import type { HandlerContext } from './context.js';
import { checkPath, checkTarget } from './targets.js';

export async function openProject(request: RequestOf<'project:open'>, ctx: HandlerContext): Promise<Result<ResponseOf<'project:open'>>> {
  const checked = checkPath(request.path);
  if (!checked.ok) return checked;
  const path = checked.value;
  if (!hasExtension(path, 'project')) return fail('file.wrongExtension', { extension: EXTENSIONS.project });
  const loaded = await readProjectVersion(path);
  if (!loaded.ok) return loaded;
  await rememberRecent(ctx.dataDir, path, ctx.now());
  return ok({ path, project: loaded.value.value, fingerprint: loaded.value.fingerprint });
}

export async function saveProject(
  { project, expected, ...request }: RequestOf<'project:save'>,
  ctx: HandlerContext,
): Promise<Result<ResponseOf<'project:save'>>> {
  const target = checkTarget(request.path, 'project');
  if (!target.ok) return target;
  const path = target.value;
  // the schema passed already; this adds the rules a schema cannot express (archetypes sum to 100)
  const checked = checkProject(project);
  if (!checked.ok) {
    // the same rules as for opening, in words that fit a save: nothing was written
    const { code, params, fields } = checked.problem;
    return code === 'file.invalid' ? fail('project.invalidToSave', params, fields) : checked;
  }
  const written = await writeProjectFile(path, checked.value, expected);
  if (written.ok) await rememberRecent(ctx.dataDir, path, ctx.now());
  return written;
}
