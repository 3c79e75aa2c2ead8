import { defineConfig } from 'vitest/config';

// e2e tests drive the built app (npm run e2e builds first) in Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['core/testing/catalogues.ts'],
  },
});
