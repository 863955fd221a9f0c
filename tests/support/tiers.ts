/**
 * The two tiers of tests. `npm test` (TEST_TIER=quick) is what a contributor runs after every change: it
 * builds and serves only the edge-case site, and runs the page gates and the browser smoke tests on it.
 * `npm run test:full` (CI) builds every test site and runs everything.
 */
import type { TestSiteName } from './sites';

export const QUICK_TIER = process.env.TEST_TIER === 'quick';

/** The test sites this tier builds. */
export const SITES_OF_TIER: readonly TestSiteName[] | undefined = QUICK_TIER ? ['edge'] : undefined;

/** The sites of `names` this tier builds (all of them in the full tier). */
export function sitesOfTier<Name extends TestSiteName>(names: readonly Name[]): Name[] {
  return names.filter((name) => !SITES_OF_TIER || SITES_OF_TIER.includes(name));
}

/**
 * Marks the browser tests that also run under BASE_PATH=/certs/ (the `base-path` project): what a base
 * path can break (URLs, the data the browse and compare pages fetch, the search index), not all of them.
 */
export const BASE_PATH_TAG = { tag: '@base-path' };
