import { dirname } from 'node:path';
import { tightenPrivateFiles } from './private-folder.js';
import { readRecent } from './recent.js';
import { recoveryFolder } from './recovery.js';
import { removeStrayTempFiles } from './stray-temp.js';
import type { HandlerContext } from '../handlers/context.js';

/**
 * Run once as either shell starts, and never again while it runs: makes private what an older
 * version left readable, and clears the temporary files a killed save left beside the user's
 * files and in the app's own folders.
 */
export async function cleanUpAfterCrash(ctx: HandlerContext): Promise<string[]> {
  tightenPrivateFiles(ctx.dataDir);
  tightenPrivateFiles(recoveryFolder(ctx.dataDir));
  const recent = await readRecent(ctx.dataDir);
  return removeStrayTempFiles(
    [ctx.documentsDir, ctx.dataDir, recoveryFolder(ctx.dataDir), ...recent.map((r) => dirname(r.path))],
    ctx.now(),
  );
}
