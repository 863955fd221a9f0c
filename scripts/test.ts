/**
 * The two test tiers, stage by stage, with how long each took. All stages run even when one fails, so
 * one run shows every problem; the exit code is 1 if any stage failed.
 *
 * - `npm test` (quick, about 2 minutes): lint, format, the content check and types, then unit tests and
 *   the content rules through the checker, then one small build (the edge cases) with the page gates
 *   (HTML, links, CSP, structured data, share images) and browser smoke tests of every page type.
 * - `npm run test:full` (`-- --full`; CI runs it): everything: the catalogue's builds, the base path,
 *   budgets, incremental builds, the Nu HTML Checker on every page, axe, visual references, all browser
 *   tests. See docs/testing.md.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

interface Stage {
  name: string;
  command: string[];
  /** Environment for the stages after this one, once it has passed. */
  provides?: Record<string, string>;
}

/** Stages in one lane run one after another; lanes of one step run side by side (two cores). */
type Step = Stage[][];

const bin = (name: string) => path.join('node_modules', '.bin', name);

/** Build and test output folders Prettier must not walk (they are ignored anyway). */
const UNWALKED = ['.test-output', 'test-results', 'dist'];

const LINT: Stage = { name: 'lint (eslint)', command: [bin('eslint'), '.', '--max-warnings', '0'] };
// The negated folders are in .prettierignore too; naming them here also keeps Prettier from walking
// the test builds' tens of thousands of files before ignoring them.
const FORMAT: Stage = {
  name: 'format (prettier --check)',
  command: [bin('prettier'), '--check', '.', ...UNWALKED.map((folder) => `!${folder}/**`), '--log-level', 'warn'],
};
const CONTENT_CHECK: Stage = {
  name: 'content files (check-content)',
  command: [bin('tsx'), 'scripts/check-content.ts'],
};
const TYPES: Stage = { name: 'types (astro check)', command: [bin('astro'), 'check'] };
const SITES: Stage = {
  name: 'test sites',
  command: [bin('tsx'), 'tests/support/test-sites.ts'],
  provides: { TEST_SITES_READY: '1' },
};
const BROWSER: Stage = { name: 'browser tests (playwright)', command: [bin('playwright'), 'test'] };

/** The page gates the quick tier runs on the edge-case build. */
const QUICK_GATES = ['html-validate', 'links', 'security', 'structured-data', 'share-images'].map(
  (name) => `tests/gates/${name}.test.ts`,
);

const QUICK: Step[] = [
  [[LINT, FORMAT, CONTENT_CHECK], [TYPES]],
  [[{ name: 'unit tests and content rules (vitest)', command: [bin('vitest'), 'run', '--maxWorkers', '2'] }]],
  [[{ ...SITES, name: 'test site: the edge cases' }]],
  [
    [
      {
        name: 'page gates (vitest)',
        command: [bin('vitest'), 'run', '--config', 'vitest.gates.config.ts', ...QUICK_GATES],
      },
    ],
  ],
  [[{ ...BROWSER, name: 'browser smoke tests (playwright)' }]],
];

/**
 * The content tests that run real Astro builds: one at a time, and never beside `astro check`, because
 * builds and checks share the project's .astro folder. The others run commands only.
 */
const CONTENT_BUILDS = ['content-rules', 'editor-commands', 'hostile-content', 'original-entry'].map(
  (name) => `tests/content/${name}.test.ts`,
);
const CONTENT = (builds: boolean): Stage => ({
  name: builds ? 'content rules, real builds (vitest)' : 'content commands (vitest)',
  command: [
    bin('vitest'),
    'run',
    '--project',
    'content',
    ...(builds ? CONTENT_BUILDS : CONTENT_BUILDS.flatMap((file) => ['--exclude', file])),
  ],
});

const FULL: Step[] = [
  // Two lanes on two cores: what needs no build beside the types and the builds, which share .astro/.
  [
    [
      LINT,
      FORMAT,
      CONTENT_CHECK,
      { name: 'unit tests (vitest)', command: [bin('vitest'), 'run', '--project', 'unit', '--maxWorkers', '1'] },
      CONTENT(false),
    ],
    [TYPES, CONTENT(true)],
  ],
  [[{ ...SITES, name: 'test sites: six real builds' }]],
  [
    [
      {
        name: 'gates: HTML (html-validate, Nu), links, budgets, security, incremental build (vitest)',
        command: [bin('vitest'), 'run', '--config', 'vitest.gates.config.ts'],
      },
    ],
  ],
  [[{ ...BROWSER, name: 'browser tests and accessibility (playwright)' }]],
];

const full = process.argv.includes('--full');
const only = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const steps = (full ? FULL : QUICK)
  .map((lanes) =>
    lanes.map((lane) => lane.filter((stage) => only.length === 0 || only.some((w) => stage.name.includes(w)))),
  )
  .map((lanes) => lanes.filter((lane) => lane.length > 0))
  .filter((lanes) => lanes.length > 0);

const environment: Record<string, string | undefined> = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  TEST_TIER: full ? 'full' : 'quick',
};
// Stages build the sites they need themselves unless the build stage has run in this invocation.
delete environment.TEST_SITES_READY;

const results: { name: string; seconds: number; ok: boolean }[] = [];

/** Runs a stage, its output prefixed with its name when it shares the terminal with another lane. */
function runStage(stage: Stage, shared: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`);
    const started = performance.now();
    const [command = '', ...args] = stage.command;
    const child = spawn(command, args, { stdio: shared ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: environment });
    if (shared) {
      const prefix = (data: Buffer) =>
        data
          .toString()
          .split('\n')
          .filter(Boolean)
          .map((line) => `[${stage.name.split(' ')[0]}] ${line}`)
          .join('\n');
      child.stdout?.on('data', (data: Buffer) => console.log(prefix(data)));
      child.stderr?.on('data', (data: Buffer) => console.error(prefix(data)));
    }
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status === 0) Object.assign(environment, stage.provides);
      results.push({ name: stage.name, seconds, ok: status === 0 });
      console.log(`${status === 0 ? '✔' : '✘'} ${stage.name}: ${seconds.toFixed(1)} s`);
      resolve(status === 0);
    });
  });
}

const started = performance.now();
for (const lanes of steps) {
  await Promise.all(
    lanes.map(async (lane) => {
      for (const stage of lane) await runStage(stage, lanes.length > 1);
    }),
  );
}
const wall = (performance.now() - started) / 1000;

console.log(`\nStage timings (${full ? 'full tier: npm run test:full' : 'quick tier: npm test'})`);
for (const result of results)
  console.log(`  ${result.ok ? '✔' : '✘'} ${result.seconds.toFixed(1).padStart(6)} s  ${result.name}`);
console.log(`  ${' '.repeat(2)}${wall.toFixed(1).padStart(6)} s  total (wall clock; lanes of a step run side by side)`);
const failed = results.filter((result) => !result.ok);
if (failed.length > 0)
  console.log(`\n${failed.length} stage(s) failed: ${failed.map((result) => result.name).join(', ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
