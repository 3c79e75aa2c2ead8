// Lint rules that keep the layers apart: core/ is pure, electron/ and renderer/ never import each
// other, and only the two transport files may touch Electron's IPC objects.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'url', 'util', 'crypto', 'stream', 'events', 'module'];
const nodePatterns = [{ group: ['node:*'], message: 'core/ is pure: no Node built-ins.' }];

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
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['electron', 'react', 'react-dom', 'react-i18next', 'zustand', ...nodeBuiltins].map((name) => ({
              name,
              message: 'core/ is pure: no Electron, React, DOM or Node built-ins.',
            })),
          ],
          patterns: [...nodePatterns, { group: ['**/electron/**', '**/renderer/**'], message: 'core/ imports neither electron/ nor renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Only electron/main.ts talks to ipcMain.' },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Only electron/preload.ts talks to ipcRenderer.' },
      ],
    },
  },
  { files: ['electron/main.ts', 'electron/preload.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through core/contract.ts and renderer/src/host/invoke.ts.' }],
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
            { group: ['**/core/schema/validator*', 'ajv', 'ajv/*'], message: 'ajv compiles with new Function, which the CSP forbids in the renderer.' },
          ],
        },
      ],
    },
  },
);
