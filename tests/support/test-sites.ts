/**
 * Builds every test site once, two at a time (a build keeps about one core busy). `npm test` runs this
 * as its own stage and sets TEST_SITES_READY=1 for the stages after it; a test command run on its own
 * (`npx playwright test`) builds them itself. Run directly (`tsx tests/support/test-sites.ts`) to build them.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyBaseCatalogue } from './base-catalogue';
import { buildSiteAsync, PROJECT_ROOT } from './build-site';
import {
  BASE_CATALOGUE,
  buildLogOf,
  EDITED_EDGE_CASES,
  EDITED_FEE,
  TEST_SITE_URL,
  TEST_SITES,
  TEST_TODAY,
  type TestSite,
  type TestSiteName,
} from './sites';
import { SITES_OF_TIER } from './tiers';

/** How many builds run at once. */
const PARALLEL_BUILDS = 2;

/** The absolute output folder of a test site. */
export function siteDir(name: TestSiteName): string {
  return path.join(PROJECT_ROOT, TEST_SITES[name].outDir);
}

const cacheOf = (name: TestSiteName) => path.join(PROJECT_ROOT, '.test-output/cache', name);
const SHARE_IMAGE_CACHE = path.join(PROJECT_ROOT, '.test-output/cache/share-images');

/** Builds one test site, from cold (its own empty cache folder) or from a copy of another's cache. */
async function buildTestSite(name: TestSiteName): Promise<void> {
  const site: TestSite = TEST_SITES[name];
  const started = performance.now();
  if (site.warmFrom) cpSync(cacheOf(site.warmFrom as TestSiteName), cacheOf(name), { recursive: true });
  const build = await buildSiteAsync(site.outDir, {
    SITE_URL: TEST_SITE_URL,
    BASE_PATH: site.basePath,
    CERT_COMPASS_TODAY: TEST_TODAY,
    CACHE_DIR: cacheOf(name),
    // Share images depend on the entries only: every build reuses those an earlier one drew.
    SHARE_IMAGE_CACHE: SHARE_IMAGE_CACHE,
    ...site.env,
  });
  writeFileSync(path.join(PROJECT_ROOT, buildLogOf(name)), build.output);
  if (build.status !== 0) throw new Error(`astro build of the "${name}" test site failed:\n${build.output}`);
  console.log(`built test site "${name}" in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A copy of the edge cases, for building before and after an edit. */
function copyEdgeCases(): void {
  const target = path.join(PROJECT_ROOT, EDITED_EDGE_CASES);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/edge-cases'), target, { recursive: true });
}

/** Changes the fee of one certification of the copy: its page, and its neighbours' cards, change. */
function editEdgeCases(): void {
  const file = path.join(PROJECT_ROOT, EDITED_EDGE_CASES, 'a-very-long-title.mdx');
  const edited = readFileSync(file, 'utf8').replace('fee: "USD 1,250.50"', `fee: "${EDITED_FEE}"`);
  if (!edited.includes(EDITED_FEE)) throw new Error(`${file} no longer has the fee the edit replaces`);
  writeFileSync(file, edited);
}

/**
 * Which builds may run at the same time: those of the same entries. Astro writes the list of a build's
 * MDX modules to the project's `.astro/content-modules.mjs`, whatever the cache folder, so two builds of
 * different entries at once could each bundle the other's list.
 */
const sharedStateOf = (site: TestSite): string => `${site.env.CERTIFICATIONS_DIR ?? ''}|${site.afterEdit === true}`;

/** Builds every test site, unless an earlier stage of this run already did. */
export async function ensureTestSites(): Promise<void> {
  if (process.env.TEST_SITES_READY === '1') return;
  rmSync(path.join(PROJECT_ROOT, '.test-output/cache'), { recursive: true, force: true });
  if (SITES_OF_TIER) {
    for (const name of SITES_OF_TIER) await buildTestSite(name);
    process.env.TEST_SITES_READY = '1';
    return;
  }
  copyEdgeCases();
  copyBaseCatalogue(BASE_CATALOGUE);
  // The catalogue's build first and alone: it draws the share images, which every other build reuses.
  await buildTestSite('root');
  const names = (Object.keys(TEST_SITES) as TestSiteName[]).filter((name) => name !== 'root');
  const groups = Map.groupBy(names, (name) => sharedStateOf(TEST_SITES[name] as TestSite));
  // Group after group (the edited copy's last), two builds at a time within a group.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number((TEST_SITES[a[0]!] as TestSite).afterEdit === true) -
      Number((TEST_SITES[b[0]!] as TestSite).afterEdit === true),
  );
  for (const group of ordered) {
    if ((TEST_SITES[group[0]!] as TestSite).afterEdit) editEdgeCases();
    const queue = [...group];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) await buildTestSite(name);
    };
    await Promise.all(Array.from({ length: PARALLEL_BUILDS }, worker));
  }
  process.env.TEST_SITES_READY = '1';
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureTestSites();
