/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered again when
 * its key and the code it is made of are unchanged (Astro hashes the code itself). A key must therefore
 * change whenever anything the page shows changes: it is a digest of the page's own data (the view
 * model, the certifications it shows, the rendered body's digest) and of the settings that change what
 * a card or a fact says. tests/unit/cache-key.test.ts checks that a change a page shows changes its key;
 * the test builds check that a build restored from the cache is byte-identical to a fresh one.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../../site.config';

/** The settings pages show without taking them as data: the second currency, the repository, the addresses. */
const SETTINGS = JSON.stringify([
  siteConfig.secondCurrency,
  siteConfig.repository ?? null,
  siteConfig.basePath,
  siteConfig.siteUrl,
]);

/** A digest of everything a page shows besides its code. */
export function cacheKeyOf(...inputs: unknown[]): string {
  return createHash('sha256').update(SETTINGS).update(JSON.stringify(inputs)).digest('base64url');
}

/** Astro's page object of a paginated listing, as much of it as a page shows. */
export function pageKeyParts(page: {
  data: readonly unknown[];
  currentPage: number;
  lastPage: number;
  start: number;
  end: number;
  total: number;
}): unknown[] {
  const { data, currentPage, lastPage, start, end, total } = page;
  return [data, currentPage, lastPage, start, end, total];
}
