/**
 * `npm test`: every check the project has, stage by stage, with how long each took. All stages run
 * even when one fails, so one run shows every problem; the exit code is 1 if any stage failed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

interface Stage {
  name: string;
  command: string[];
  /** Environment for the stages after this one, once it has passed. */
  provides?: Record<string, string>;
}

const bin = (name: string) => path.join('node_modules', '.bin', name);

/** Build and test output folders Prettier must not walk (they are ignored anyway). */
const UNWALKED = ['.test-output', 'test-results', 'dist'];

const STAGES: Stage[] = [
  { name: 'lint (eslint)', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  // The negated folders are in .prettierignore too; naming them here also keeps Prettier from walking
  // the test builds' tens of thousands of files before ignoring them (40 s of 45).
  {
    name: 'format (prettier --check)',
    command: [bin('prettier'), '--check', '.', ...UNWALKED.map((folder) => `!${folder}/**`), '--log-level', 'warn'],
  },
  { name: 'content files (check-content)', command: [bin('tsx'), 'scripts/check-content.ts'] },
  { name: 'types (astro check)', command: [bin('astro'), 'check'] },
  // Two files at a time (Vitest keeps a core free by default); the content rules stay one at a time,
  // because their Astro builds share the project's .astro folder.
  { name: 'unit tests (vitest)', command: [bin('vitest'), 'run', 'tests/unit', '--maxWorkers', '2'] },
  { name: 'content rules, real builds (vitest)', command: [bin('vitest'), 'run', 'tests/content'] },
  {
    name: 'test sites: eight real builds',
    command: [bin('tsx'), 'tests/support/test-sites.ts'],
    provides: { TEST_SITES_READY: '1' },
  },
  {
    name: 'gates: HTML, links, budgets, security, determinism (vitest)',
    command: [bin('vitest'), 'run', '--config', 'vitest.gates.config.ts'],
  },
  { name: 'browser tests and accessibility (playwright)', command: [bin('playwright'), 'test'] },
];

const only = process.argv.slice(2);
const stages = only.length > 0 ? STAGES.filter((stage) => only.some((word) => stage.name.includes(word))) : STAGES;
const results: { name: string; seconds: number; ok: boolean }[] = [];
const environment: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// Stages build the sites they need themselves unless the build stage has run in this invocation.
delete environment.TEST_SITES_READY;

for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`);
  const started = performance.now();
  const [command = '', ...args] = stage.command;
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: environment });
  if (status === 0) Object.assign(environment, stage.provides);
  const seconds = (performance.now() - started) / 1000;
  results.push({ name: stage.name, seconds, ok: status === 0 });
  console.log(`${status === 0 ? '✔' : '✘'} ${stage.name}: ${seconds.toFixed(1)} s`);
}

const total = results.reduce((sum, result) => sum + result.seconds, 0);
console.log('\nStage timings');
for (const result of results)
  console.log(`  ${result.ok ? '✔' : '✘'} ${result.seconds.toFixed(1).padStart(6)} s  ${result.name}`);
console.log(`  ${' '.repeat(2)}${total.toFixed(1).padStart(6)} s  total`);
const failed = results.filter((result) => !result.ok);
if (failed.length > 0)
  console.log(`\n${failed.length} stage(s) failed: ${failed.map((result) => result.name).join(', ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
