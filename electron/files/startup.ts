import { dirname } from 'node:path';
import { readRecent } from './recent.js';
import { removeStrayTempFiles } from './stray-temp.js';
import type { HandlerContext } from '../handlers/context.js';

/** Run once as either shell starts: clears temporary files a killed save left beside the user's files. */
export async function cleanUpAfterCrash(ctx: HandlerContext): Promise<void> {
  const recent = await readRecent(ctx.dataDir);
  await removeStrayTempFiles([ctx.documentsDir, ...recent.map((r) => dirname(r.path))]);
}
