/**
 * Builds the site twice (at the root and under BASE_PATH=/certs/) with real `astro build`, then serves
 * both builds the way a static host would, for the whole browser test run.
 */
import { buildSite } from '../support/build-site';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';
import { TEST_SITES } from '../support/sites';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const servers: RunningServer[] = [];
  for (const site of Object.values(TEST_SITES)) {
    const build = buildSite(site.outDir, { BASE_PATH: site.basePath, SITE_URL: 'https://certs.example.org' });
    if (build.status !== 0) throw new Error(`astro build failed for BASE_PATH=${site.basePath}:\n${build.output}`);
    servers.push(await startStaticServer(build.outDir, site.basePath, site.port));
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
