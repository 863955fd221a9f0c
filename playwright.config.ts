import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './scripts/harness/chromium';
import { siteUrl } from './tests/support/sites';

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  // Visual references: one set for every platform (fonts come from packages), next to the tests.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', use: { baseURL: siteUrl('root') } },
    // The same journeys under BASE_PATH=/certs/; the whole-site gates run once, in the project above, and
    // so do compare, the map, the paths and the imported entries' facts, whose one base-path journey is in
    // base-path.spec.ts, the browser's filtering logic (browse.spec.ts skips it here), and the
    // design checks (theme, print, targets, installability, visual references), which no base path changes.
    {
      name: 'base-path',
      use: { baseURL: siteUrl('base') },
      testIgnore: [
        '**/accessibility.spec.ts',
        '**/hostile-content.spec.ts',
        '**/layout.spec.ts',
        '**/editor-features.spec.ts',
        '**/compare.spec.ts',
        '**/map.spec.ts',
        '**/paths.spec.ts',
        '**/imported-entries.spec.ts',
        '**/visual.spec.ts',
        '**/targets.spec.ts',
        '**/installable.spec.ts',
        '**/theme.spec.ts',
        '**/print.spec.ts',
      ],
    },
  ],
});
