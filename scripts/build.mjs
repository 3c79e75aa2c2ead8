// Builds everything the app runs from: the renderer with Vite, and main, preload, the browser host
// and the CLI with esbuild. Run by npm start, npm run web, npm run e2e and npm run bench.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { chunksWithAjv } from './check-renderer-bundle.mjs';

const quiet = process.argv.includes('--quiet');

const { checkTemplates, templateCardsText } = await tsImport('./check-templates.ts', import.meta.url);
const templateProblems = checkTemplates();
if (templateProblems.length) {
  console.error(`The role templates do not pass their schema:\n${templateProblems.join('\n')}`);
  process.exit(1);
}
// the Start cards' index, so the first screen lists the templates without loading them
const CARDS = 'core/project/template-cards.json';
const cards = templateCardsText();
if (!existsSync(CARDS) || readFileSync(CARDS, 'utf8') !== cards) writeFileSync(CARDS, cards);
await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'warn' });
const withAjv = chunksWithAjv();
if (withAjv.length) {
  console.error(`ajv must stay out of the renderer, but these chunks carry it: ${withAjv.join(', ')}`);
  process.exit(1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
};
await Promise.all([
  esbuild({
    ...common,
    entryPoints: { main: 'electron/shell/main.ts', preload: 'electron/shell/preload.ts', web: 'electron/web/main.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  }),
]);
if (!quiet) console.log('Built dist/renderer and dist/electron.');
