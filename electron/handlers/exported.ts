// After an export in the desktop app: "Open" and "Show in folder". Only files this run exported are
// ever opened or shown, so a page that went wrong cannot have main open any file it names.
import type { RequestOf } from '../../core/contract.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { HandlerContext } from './context.js';

/** Remembers a file an export wrote, so it may be opened or shown later. */
export function exported<T extends { path: string }>(ctx: HandlerContext, written: Result<T>): Result<T> {
  if (written.ok) ctx.exported?.add(written.value.path);
  return written;
}

export async function openExported({ path }: RequestOf<'shell:open'>, ctx: HandlerContext): Promise<Result<null>> {
  if (!ctx.shell) return fail('shell.unavailable');
  if (!ctx.exported?.has(path)) return fail('shell.notExported', { path });
  const error = await ctx.shell.open(path);
  return error ? fail('shell.openFailed', { path, reason: error }) : ok(null);
}

export async function showExported({ path }: RequestOf<'shell:showInFolder'>, ctx: HandlerContext): Promise<Result<null>> {
  if (!ctx.shell) return fail('shell.unavailable');
  if (!ctx.exported?.has(path)) return fail('shell.notExported', { path });
  ctx.shell.showInFolder(path);
  return ok(null);
}
