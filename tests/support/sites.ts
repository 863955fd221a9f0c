/**
 * The builds the gates and browser tests run against. Each is a real `astro build` into its own folder:
 * the catalogue at the root and under BASE_PATH=/certs/, the edge-case fixtures (hostile text, odd but
 * valid entries), and a second build of the catalogue to prove builds are deterministic.
 */
export interface TestSite {
  outDir: string;
  basePath: string;
  /** Port the browser tests serve it on; none for builds that are only compared. */
  port?: number;
  env: Record<string, string>;
}

export const TEST_SITE_URL = 'https://certs.example.org';

/** The day the test builds take as today, so "may be outdated" and future-date rules do not move with the clock. */
export const TEST_TODAY = '2026-11-26';

/** The repository the root builds link to for "Edit this page"; the /certs/ build has none, so no links. */
export const TEST_REPOSITORY_URL = 'https://github.com/example/cert-compass';

export const TEST_SITES = {
  root: { outDir: '.test-output/sites/root', basePath: '/', port: 4410, env: { REPOSITORY_URL: TEST_REPOSITORY_URL } },
  base: { outDir: '.test-output/sites/base', basePath: '/certs/', port: 4411, env: {} },
  edge: {
    outDir: '.test-output/sites/edge',
    basePath: '/',
    port: 4412,
    env: { CERTIFICATIONS_DIR: 'tests/fixtures/edge-cases' },
  },
  rebuild: { outDir: '.test-output/sites/root-rebuild', basePath: '/', env: { REPOSITORY_URL: TEST_REPOSITORY_URL } },
} as const satisfies Record<string, TestSite>;

export type TestSiteName = keyof typeof TEST_SITES;

/** The URL a served test site answers at, base path included. */
export function siteUrl(name: 'root' | 'base' | 'edge'): string {
  const site = TEST_SITES[name];
  return `http://127.0.0.1:${site.port}${site.basePath}`;
}
