// Folders the bench reads and writes, from the repository root whatever the working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** the app's renderer, built by scripts/build.mjs (npm run bench runs it first) */
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
/** the bare React baseline page, built by bench/build.bench.ts */
export const BARE_SRC_DIR = join(REPO_ROOT, 'bench', 'bare');
export const BARE_OUT_DIR = join(REPO_ROOT, 'dist', 'bench-bare');
