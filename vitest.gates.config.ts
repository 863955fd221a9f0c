import { defineConfig } from 'vitest/config';

/** The quality gates: they read the built test sites, which the global setup builds when needed. */
export default defineConfig({
  test: {
    include: ['tests/gates/**/*.test.ts'],
    globalSetup: ['tests/gates/global-setup.ts'],
    // Two at a time: html-validate over the root and the base-path builds (two files) is most of the stage.
    maxWorkers: 2,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
