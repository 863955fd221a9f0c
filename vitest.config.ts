import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: the files share one module graph per worker (no isolation), which takes the unit
        // tests from about 35 s to 6 s on a 2-core machine. A test must not leave global state behind.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        // Content tests run real Astro builds and commands; each takes a few seconds on a small machine.
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
