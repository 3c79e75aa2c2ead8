import { defineConfig } from 'vitest/config';

// e2e tests drive the built app (npm run e2e builds first) in Debian's Chromium, one file at a time.
// A poll waits up to 5 s for what the page shows: a save flushes to disk (fsync) and asks the host
// twice, which takes longer than the default second on a machine shared with other work.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 5_000 } },
  },
});
