// The bench's own build step: the bare React baseline page, built with Vite exactly as the renderer
// is (production mode, the same plugin-react, relative base, nothing inlined, no preload polyfill;
// see vite.config.ts) into its own folder, dist/bench-bare. The app itself is built by
// scripts/build.mjs, which `npm run bench` runs first.
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { BARE_OUT_DIR, BARE_SRC_DIR } from './lib/paths.js';

export async function buildBench(): Promise<void> {
  await build({
    configFile: false,
    root: BARE_SRC_DIR,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: BARE_OUT_DIR,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  });
}
