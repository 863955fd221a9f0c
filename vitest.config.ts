import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // Content tests run real Astro builds; each takes a few seconds on a small machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
