import { defineConfig } from 'vitest/config';

// e2e tests drive the built app (npm run e2e builds first) in Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['core/testing/catalogues.ts'],
    // a save is three fsyncs and a re-render: on a machine shared by several test runs that takes
    // more than expect.poll's default second, so the e2e wait is the one a person would give it
    expect: { poll: { timeout: 10_000 } },
  },
});
