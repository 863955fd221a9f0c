import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './scripts/harness/chromium';
import { siteUrl } from './tests/support/sites';
import { BASE_PATH_TAG, QUICK_TIER } from './tests/support/tiers';

const executablePath = chromiumExecutable();

/** The smoke tests: each page type of the edge-case build, the quick tier's browser stage. */
const SMOKE = /smoke\.spec\.ts$/;
/** Tests that mean something only under a base path. */
const BASE_PATH_ONLY = /base-path\.spec\.ts$/;
const SMOKE_PROJECT = { name: 'smoke', testMatch: SMOKE, use: { baseURL: siteUrl('edge') } };

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two browsers at a time on the 2-core machines this project is tested on: the full tier's browser
  // stage took 459 s with two workers and 580 s with one (with the full browser). The time limits of
  // tests that visit many pages grow with the pages they visit (tests/support/timeouts.ts), not with
  // the number of workers.
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  // Visual references: one set, drawn by the headless shell with fonts from packages, next to the tests.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    ...devices['Desktop Chrome'],
    // The headless shell when the machine has one (scripts/harness/chromium.ts). Limiting it to two renderer
    // processes, which saved 11 % with the full browser, saved nothing with it (2026-12-05), so it is not set.
    launchOptions: { ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS },
    // A trace records every action of every test even when it is thrown away after a pass: the full tier's
    // browser stage took 404 s with traces and 323 s without (2026-12-05, 113 tests, the full browser). A
    // failure keeps its screenshot and the page's accessibility tree (error-context.md); rerun a test with
    // `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // The full tier tests every page type in depth (pages, accessibility): the smoke tests are the quick tier's.
  projects: QUICK_TIER
    ? [SMOKE_PROJECT]
    : [
        { name: 'site', testIgnore: [SMOKE, BASE_PATH_ONLY], use: { baseURL: siteUrl('root') } },
        // Under BASE_PATH=/certs/, what a base path can break: every URL of a sample of pages, the data
        // the browse and compare pages fetch, the search index, a journey through the site (the tests
        // tagged BASE_PATH_TAG). The rest does not depend on the base path and runs once, above.
        { name: 'base-path', use: { baseURL: siteUrl('base') }, grep: new RegExp(BASE_PATH_TAG.tag) },
      ],
});
