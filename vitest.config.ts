import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Node sides register every catalogue at start, as the CLI and the handlers do
    setupFiles: ['core/testing/catalogues.ts'],
  },
});
