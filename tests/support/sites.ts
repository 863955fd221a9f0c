/**
 * The builds the gates and browser tests run against. Each is a real `astro build` into its own folder,
 * with its own cache (so builds of different catalogues never share one): the catalogue at the root, a
 * fifth of it under BASE_PATH=/certs/, the edge-case fixtures (hostile text, odd but valid entries), and
 * a copy of the edge cases built before and after one fee changes, from cold and from the cache.
 */
export interface TestSite {
  outDir: string;
  basePath: string;
  /** Port the browser tests serve it on; none for builds that are only compared. */
  port?: number;
  env: Record<string, string>;
  /** Built once the edge cases' copy is edited (after every other build). */
  afterEdit?: boolean;
  /** Built starting from a copy of the cache of this site (an incremental build); else from cold. */
  warmFrom?: string;
}

export const TEST_SITE_URL = 'https://certs.example.org';

/**
 * The day the test builds take as today, so "may be outdated" and future-date rules do not move with the
 * clock. It must not come before the catalogue's latest check (tests/content/lifecycle.test.ts says so).
 */
export const TEST_TODAY = '2026-12-04';

/** The repository the root builds link to for "Edit this page"; the /certs/ build has none, so no links. */
export const TEST_REPOSITORY_URL = 'https://github.com/example/cert-compass';

/** Where the root build writes how often it read the collection and built the catalogue. */
export const CATALOGUE_READS_FILE = '.test-output/sites/root-catalogue-reads.json';

const EDGE_CASES = 'tests/fixtures/edge-cases';

/** The part of the catalogue the base-path build is made of (written by test-sites.ts). */
export const BASE_CATALOGUE = '.test-output/fixtures/base-catalogue';

/** A copy of the edge cases (written by test-sites.ts), built before and after one fee in it changes. */
export const EDITED_EDGE_CASES = '.test-output/fixtures/edge-cases-edited';

/** The fee the edited edge cases give `a-very-long-title` (it was "USD 1,250.50"). */
export const EDITED_FEE = 'USD 999';

export const TEST_SITES = {
  root: {
    outDir: '.test-output/sites/root',
    basePath: '/',
    port: 4410,
    env: { REPOSITORY_URL: TEST_REPOSITORY_URL, CATALOGUE_READS_FILE },
  },
  // A fifth of the catalogue (tests/support/base-catalogue.ts): what a base path can break, not every entry again.
  base: {
    outDir: '.test-output/sites/base',
    basePath: '/certs/',
    port: 4411,
    env: { CERTIFICATIONS_DIR: BASE_CATALOGUE },
  },
  edge: { outDir: '.test-output/sites/edge', basePath: '/', port: 4412, env: { CERTIFICATIONS_DIR: EDGE_CASES } },
  // A copy of the edge cases, built; then, once one fee in it changed, built again from that build's
  // cache, and from cold: the build that copies unchanged pages must write what a build from scratch writes.
  'edge-before': {
    outDir: '.test-output/sites/edge-before',
    basePath: '/',
    env: { CERTIFICATIONS_DIR: EDITED_EDGE_CASES },
  },
  'edge-edited': {
    outDir: '.test-output/sites/edge-edited',
    basePath: '/',
    env: { CERTIFICATIONS_DIR: EDITED_EDGE_CASES },
    afterEdit: true,
  },
  'edge-edited-warm': {
    outDir: '.test-output/sites/edge-edited-warm',
    basePath: '/',
    env: { CERTIFICATIONS_DIR: EDITED_EDGE_CASES },
    afterEdit: true,
    warmFrom: 'edge-before',
  },
} as const satisfies Record<string, TestSite>;

export type TestSiteName = keyof typeof TEST_SITES;

/** The file a test site's build log is kept in, for the gates that read what the build said. */
export function buildLogOf(name: TestSiteName): string {
  return `${TEST_SITES[name].outDir}.log`;
}

/** The URL a served test site answers at, base path included. */
export function siteUrl(name: 'root' | 'base' | 'edge'): string {
  const site = TEST_SITES[name];
  return `http://127.0.0.1:${site.port}${site.basePath}`;
}
