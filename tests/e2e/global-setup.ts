/**
 * Builds the test sites (unless `npm test` already did) and serves them the way a static host does,
 * headers from `_headers` included, for the whole browser test run.
 */
import { startStaticServer, type RunningServer } from '../../scripts/harness/static-server';
import { TEST_SITES } from '../support/sites';
import { ensureTestSites, siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

export default async function globalSetup(): Promise<() => Promise<void>> {
  await ensureTestSites();
  const servers: RunningServer[] = [];
  for (const name of sitesOfTier(['root', 'base', 'edge'] as const)) {
    servers.push(
      await startStaticServer(siteDir(name), TEST_SITES[name].basePath, TEST_SITES[name].port, { compress: false }),
    );
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
