import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The two validators, most of the stage: they start first, one on each worker. */
const FIRST = ['html-validate', 'nu-html'];

/**
 * Vitest starts the files it has no timings for largest first, so in a fresh clone the small
 * html-validate file started last, after the Nu checker and the others had run: 97 s for the stage
 * against the 76 s the validators take side by side (2026-12-05).
 */
class ValidatorsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
      return index === -1 ? FIRST.length : index;
    };
    return (await super.sort(files)).toSorted((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: ValidatorsFirst },
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
