import { defineConfig } from 'vitest/config';

/** The quality gates: they read the built test sites, which the global setup builds when needed. */
export default defineConfig({
  test: {
    include: ['tests/gates/**/*.test.ts'],
    globalSetup: ['tests/gates/global-setup.ts'],
    // Two at a time: html-validate and the Nu checker are most of the stage. Without per-file isolation
    // the files of a worker share one module graph and read and parse each build once
    // (tests/support/built-pages.ts): 79 s to about 60 s on a 2-core machine.
    maxWorkers: 2,
    isolate: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
