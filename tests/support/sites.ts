/** The two builds the browser tests run against: at the root, and under a base path. */
export const TEST_SITES = {
  root: { outDir: '.test-output/sites/root', basePath: '/', port: 4410 },
  base: { outDir: '.test-output/sites/base', basePath: '/certs/', port: 4411 },
} as const;

export type TestSiteName = keyof typeof TEST_SITES;

/** The URL a test site is served at, base path included. */
export function siteUrl(name: TestSiteName): string {
  const site = TEST_SITES[name];
  return `http://127.0.0.1:${site.port}${site.basePath}`;
}
