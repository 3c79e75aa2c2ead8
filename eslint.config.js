// Lint rules that keep the layers apart (docs/architecture.md explains each):
// - core/ is pure: no Electron, React, DOM or Node built-ins, and neither electron/ nor renderer/;
// - electron/ and renderer/ never import each other;
// - only core/documents/docx/ imports the docx library; the renderer takes nothing from the
//   format boundary but its kinds and limits (the rest brings ajv, which the CSP forbids);
// - only the two transport files touch Electron's IPC objects;
// - production code never imports a devDependency (only tests, test helpers and tooling may).
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'url', 'util', 'crypto', 'stream', 'events', 'module'];

/** Where tests, test helpers and tooling live: the only code that may use devDependencies. */
const NOT_PRODUCTION = ['**/*.test.{ts,tsx}', '**/testing/**', 'e2e/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'];

/** A package and its subpaths, matched exactly: a glob like `docx/*` would also match a relative `./docx/…`. */
const packageRegex = (name) => `^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/.*)?$`;

const devDependencyPatterns = (allowed = []) =>
  Object.keys(pkg.devDependencies)
    .filter((name) => !allowed.includes(name))
    .map((name) => ({ regex: packageRegex(name), message: `${name} is a devDependency: production code may not import it.` }));

const docxOutsideRenderer = {
  regex: packageRegex('docx'),
  message: 'Only core/documents/docx/ imports docx: builders produce the document tree.',
};

/** One no-restricted-imports per folder, since a later config replaces an earlier one's options. */
const restrict = ({ paths = [], patterns = [], allowDev = [] }) => [
  'error',
  { paths, patterns: [...patterns, ...devDependencyPatterns(allowDev)] },
];

const coreRules = {
  paths: ['electron', 'react', 'react-dom', 'react-i18next', 'zustand', ...nodeBuiltins].map((name) => ({
    name,
    message: 'core/ is pure: no Electron, React, DOM or Node built-ins.',
  })),
  patterns: [
    { group: ['node:*'], message: 'core/ is pure: no Node built-ins.' },
    { group: ['**/electron/**', '**/renderer/**'], message: 'core/ imports neither electron/ nor renderer/.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'screenshots/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': restrict({ ...coreRules, patterns: [...coreRules.patterns, docxOutsideRenderer] }) },
  },
  {
    files: ['core/documents/docx/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(coreRules) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }, docxOutsideRenderer],
        // Electron itself is a devDependency by electron-builder's rule; only the shell runs inside it
        allowDev: ['electron'],
      }),
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Only electron/shell/main.ts talks to ipcMain.' },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Only electron/shell/preload.ts talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts', 'electron/files/**/*.ts', 'electron/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [{ name: 'electron', message: 'Only electron/shell/ runs inside Electron; the web host and the CLI run on plain Node.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }, docxOutsideRenderer],
      }),
    },
  },
  { files: ['electron/shell/main.ts', 'electron/shell/preload.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict({
        paths: [{ name: 'electron', message: 'The renderer reaches main only through core/contract.ts and renderer/src/host/invoke.ts.' }],
        patterns: [
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          {
            group: ['**/core/schema/validator*', 'ajv', 'ajv/*'],
            message: 'ajv compiles with new Function, which the CSP forbids in the renderer.',
          },
          {
            group: ['**/core/formats/*', '!**/core/formats/kinds'],
            message: 'The renderer takes only kinds and limits from the format boundary (core/formats/kinds): the rest brings ajv.',
          },
          docxOutsideRenderer,
        ],
      }),
    },
  },
  // tests, test helpers and tooling may use devDependencies and reach across layers to set up
  { files: NOT_PRODUCTION, rules: { 'no-restricted-imports': 'off' } },
);
