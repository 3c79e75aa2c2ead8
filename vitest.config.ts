import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'bench/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // packing a document lays its pages out (for the page count and contents), a second or more on a
    // busy shared machine; no unit test asserts a time, speed belongs to npm run bench
    testTimeout: 30_000,
    // Node sides register every catalogue at start, as the CLI and the handlers do
    setupFiles: ['core/testing/catalogues.ts'],
  },
});
