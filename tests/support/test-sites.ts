/**
 * Builds every test site once. `npm test` runs this as its own stage and sets TEST_SITES_READY=1 for
 * the stages after it; a test command run on its own (`npx playwright test`) builds them itself.
 * Run directly (`tsx tests/support/test-sites.ts`) to build them.
 */
import path from 'node:path';
import { buildSite, PROJECT_ROOT } from './build-site';
import { TEST_SITE_URL, TEST_SITES, TEST_TODAY, type TestSiteName } from './sites';

/** The absolute output folder of a test site. */
export function siteDir(name: TestSiteName): string {
  return path.join(PROJECT_ROOT, TEST_SITES[name].outDir);
}

/** Builds every test site, unless an earlier stage of this run already did. */
export function ensureTestSites(): void {
  if (process.env.TEST_SITES_READY === '1') return;
  for (const [name, site] of Object.entries(TEST_SITES)) {
    const started = performance.now();
    const build = buildSite(site.outDir, {
      SITE_URL: TEST_SITE_URL,
      BASE_PATH: site.basePath,
      CERT_COMPASS_TODAY: TEST_TODAY,
      ...site.env,
    });
    if (build.status !== 0) throw new Error(`astro build of the "${name}" test site failed:\n${build.output}`);
    console.log(`built test site "${name}" in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  process.env.TEST_SITES_READY = '1';
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTestSites();
