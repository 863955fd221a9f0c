/**
 * `npm run bench [-- --count 1000,10000 --runs 3 --catalogue --cert-atlas <dataset dir> --skip-bare]`: the
 * production build at scale. For each count it generates that many entries (bench/lib/generate-entries.ts);
 * with --catalogue it takes the project's own certification files instead, and with --cert-atlas every
 * record of a Cert Atlas dataset (bench/lib/cert-atlas-entries.ts). It then builds them --runs times
 * from cold (Astro's caches deleted), each cold build followed by a rebuild after one entry's body
 * changed; then the same for a bare Astro site over the same entries
 * (bench/bare-site/), the baseline. It measures wall and CPU time, peak memory, the pages and the size
 * of the output, prints a table of medians, writes every run to bench/results.json (replacing the rows
 * it measured again, bench/lib/results.ts) and the table of all rows to docs/performance.md. A benchmark,
 * never a test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCertAtlasEntries, type CertAtlasEntries } from './lib/cert-atlas-entries';
import { writeGeneratedEntries } from './lib/generate-entries';
import {
  BARE_SITE as BARE_SITE_NAME,
  mergeResults,
  PROJECT_SITE,
  resultsTable,
  withTable,
  type BuildRun,
  type EntrySource,
  type Medians,
  type ResultsFile,
  type SiteResult,
} from './lib/results';
import {
  folderBytes,
  measureCommand,
  median,
  otherAstroProcesses,
  peakRssMethod,
  removeFolders,
  summariseFolder,
} from './lib/measure';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const BARE_SITE_ROOT = path.join(PROJECT_ROOT, 'bench/bare-site');
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const RESULTS_FILE = path.join(PROJECT_ROOT, 'bench/results.json');
const PERFORMANCE_DOC = path.join(PROJECT_ROOT, 'docs/performance.md');
/**
 * The cache folders of a site, below its root, all deleted before each cold build: Astro's default cache
 * directory (the content layer's data store) and its generated types and content modules. A cache the
 * project adds later goes here. node_modules/.vite is left alone: it holds what Vite pre-bundles for a
 * dev server and Vitest's results, which a build does not read back, and a dev server running in the
 * project on this shared machine would break without it.
 */
const CACHE_FOLDERS = ['node_modules/.astro', '.astro'];
/**
 * The environment variable that moves the project's cache directory (read in src/site.config.ts; a
 * version of the project without it ignores it): each site's builds get one in the benchmark's temporary
 * folder, deleted for a cold build too, so they never share a cache with other builds running at once.
 */
const CACHE_DIR_VARIABLE = 'CACHE_DIR';
/**
 * The environment of every build, beside CERTIFICATIONS_DIR: the day of the run as "today" (the
 * catalogue's checks may be as recent as yesterday, and a check dated after "today" is an error), a
 * fixed site URL, no telemetry.
 */
const BUILD_ENVIRONMENT = {
  ASTRO_TELEMETRY_DISABLED: '1',
  CERT_COMPASS_TODAY: new Date().toISOString().slice(0, 10),
  SITE_URL: 'https://certs.example.org',
};
/** Appended to one entry's body before the rebuild: a new paragraph, the front matter untouched. */
const REBUILD_SENTENCE = '\n\nThis sentence was added to time a rebuild after one entry changed.\n';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'cert-atlas': { type: 'string' },
    catalogue: { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
  },
});
const counts = (values.count ?? '1000,10000').split(',').map(Number);
const runs = Number(values.runs);
const certAtlas = values['cert-atlas'];
const USAGE = 'npm run bench -- --count 1000,10000 | --catalogue | --cert-atlas <dataset dir> [--runs 3] [--skip-bare]';
if (counts.some((count) => !Number.isInteger(count) || count < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}
if ((certAtlas || values.catalogue) && values.count) console.log('--count is left aside: the entries are given.');

/** What one row is built over: generated entries, the project's own catalogue, or a Cert Atlas dataset. */
type EntryRequest = { count: number } | { catalogue: string } | { dataset: string };
const requests: EntryRequest[] = values.catalogue
  ? [{ catalogue: path.join(PROJECT_ROOT, 'src/content/certifications') }]
  : certAtlas
    ? [{ dataset: certAtlas }]
    : counts.map((count) => ({ count }));

/** A site the benchmark builds, and its build command's arguments for an output folder. */
interface Site {
  name: string;
  /** Its name in file names. */
  slug: string;
  root: string;
  buildArguments: (outDir: string) => string[];
}

const PROJECT: Site = {
  name: PROJECT_SITE,
  slug: 'project',
  root: PROJECT_ROOT,
  buildArguments: (out) => [ASTRO, 'build', '--outDir', out],
};
const BARE_SITE: Site = {
  name: BARE_SITE_NAME,
  slug: 'bare',
  root: BARE_SITE_ROOT,
  buildArguments: (out) => [ASTRO, 'build', '--root', BARE_SITE_ROOT, '--outDir', out],
};
const sites = values['skip-bare'] ? [PROJECT] : [PROJECT, BARE_SITE];
/** The temporary folders in use, deleted on Ctrl+C too. */
const temporaryFolders = new Set<string>();

/** The entries one row of the table is built from, in a temporary folder. */
interface EntrySet {
  source: EntrySource;
  folder: string;
  files: string[];
  certAtlas?: CertAtlasEntries;
}

/**
 * Writes the entries of one row into `work`: `count` generated ones, a copy of the project's catalogue
 * (its redirects file too), or every record of a Cert Atlas dataset.
 */
function writeEntries(work: string, request: EntryRequest): EntrySet {
  const folder = path.join(work, 'entries');
  if ('count' in request) return { source: 'generated', folder, files: writeGeneratedEntries(folder, request.count) };
  if ('catalogue' in request) {
    cpSync(request.catalogue, folder, { recursive: true });
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => path.join(folder, name));
    return { source: 'catalogue', folder, files };
  }
  const imported = writeCertAtlasEntries(request.dataset, folder);
  console.log(
    `Cert Atlas: ${imported.records} records, ${imported.files.length} entries written ` +
      `(${imported.defaulted.length} with a "# bench default" value), ${imported.skipped.length} skipped:`,
  );
  for (const { examId, reason } of imported.skipped) console.log(`  skipped ${examId}: ${reason}`);
  return { source: 'cert-atlas', folder, files: imported.files, certAtlas: imported };
}

/** Builds a site over an entry set into `outDir` with its cache in `cacheDir`, measured; its log goes to `logFile`. */
function build(site: Site, entries: EntrySet, folders: { outDir: string; cacheDir: string; logFile: string }) {
  return measureCommand(process.execPath, site.buildArguments(folders.outDir), {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...BUILD_ENVIRONMENT,
      CERTIFICATIONS_DIR: entries.folder,
      [CACHE_DIR_VARIABLE]: folders.cacheDir,
    },
    logFile: folders.logFile,
  });
}

/** Appends a sentence to the body of one entry file; returns the function that puts its text back. */
function changeOneEntry(file: string): () => void {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()}${REBUILD_SENTENCE}`);
  return () => writeFileSync(file, original);
}

/** A cold build (caches deleted) of a site, what it wrote, then a rebuild after one entry changed. */
async function measureRun(site: Site, entries: EntrySet, work: string, run: number): Promise<BuildRun> {
  const outDir = path.join(work, `out-${site.slug}-${run}`);
  const cacheDir = path.join(work, `cache-${site.slug}`);
  const log = (step: string) => path.join(work, `${path.basename(outDir)}-${step}.log`);
  try {
    removeFolders(site.root, CACHE_FOLDERS);
    rmSync(cacheDir, { recursive: true, force: true });
    const others = otherAstroProcesses();
    const cold = await build(site, entries, { outDir, cacheDir, logFile: log('cold') });
    const output = summariseFolder(outDir);
    const pagefindBytes = folderBytes(path.join(outDir, 'pagefind'));
    const restore = changeOneEntry(entries.files[0]!);
    try {
      // A deploy builds into a fresh folder with the kept cache; emptying the old output is not the build's work.
      rmSync(outDir, { recursive: true, force: true });
      const rebuild = await build(site, entries, { outDir, cacheDir, logFile: log('rebuild') });
      return { cold, output, pagefindBytes, rebuildWallSeconds: rebuild.wallSeconds, otherAstroProcesses: others };
    } finally {
      restore();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The medians of a site's runs. */
function mediansOf(runs: readonly BuildRun[], entries: number): Medians {
  const of = (figure: (run: BuildRun) => number) => median(runs.map(figure));
  const wallSeconds = of((run) => run.cold.wallSeconds);
  const rebuildWallSeconds = of((run) => run.rebuildWallSeconds);
  return {
    wallSeconds,
    cpuSeconds: of((run) => run.cold.cpuSeconds),
    peakRssBytes: of((run) => run.cold.peakRssBytes),
    pages: of((run) => run.output.pages),
    msPerEntry: (wallSeconds * 1000) / entries,
    outputBytes: of((run) => run.output.bytes),
    outputFiles: of((run) => run.output.files),
    pagefindBytes: of((run) => run.pagefindBytes),
    rebuildWallSeconds,
    rebuildToCold: rebuildWallSeconds / wallSeconds,
  };
}

/** Every run of every site over one entry set. */
async function measureEntrySet(
  request: EntryRequest,
): Promise<{ results: SiteResult[]; certAtlas?: CertAtlasEntries }> {
  const work = mkdtempSync(path.join(tmpdir(), 'cert-bench-build-'));
  temporaryFolders.add(work);
  try {
    const entries = writeEntries(work, request);
    const results: SiteResult[] = [];
    const measured = { date: new Date().toISOString(), node: process.version, loadAverageAtStart: loadavg() };
    for (const site of sites) {
      const siteRuns: BuildRun[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const measuredRun = await measureRun(site, entries, work, run);
        siteRuns.push(measuredRun);
        console.log(
          `${site.name}, ${entries.files.length.toLocaleString('en-US')} entries, run ${run}/${runs}: ` +
            `cold ${seconds(measuredRun.cold.wallSeconds)}, rebuild ${seconds(measuredRun.rebuildWallSeconds)}` +
            (measuredRun.otherAstroProcesses.length > 0
              ? ` (other Astro processes were running: ${measuredRun.otherAstroProcesses.join(', ')})`
              : ''),
        );
      }
      results.push({
        site: site.name,
        source: entries.source,
        entries: entries.files.length,
        measured,
        runs: siteRuns,
        median: mediansOf(siteRuns, entries.files.length),
        largestPage: siteRuns[0]!.output.largestPage,
      });
    }
    return { results, ...(entries.certAtlas && { certAtlas: entries.certAtlas }) };
  } finally {
    rmSync(work, { recursive: true, force: true });
    temporaryFolders.delete(work);
  }
}

/** Deletes what the bare site's builds leave in bench/bare-site/ (generated types would fail the lint). */
function removeBareSiteCaches(): void {
  rmSync(path.join(BARE_SITE_ROOT, 'node_modules'), { recursive: true, force: true });
  removeFolders(BARE_SITE_ROOT, CACHE_FOLDERS);
}

/**
 * Leaves the sites' caches as a build of their own content would: the bare site's deleted, the
 * project's rebuilt by `astro sync` from its own entries, so that they no longer name deleted files.
 */
function restoreCaches(): void {
  removeBareSiteCaches();
  const sync = spawnSync(process.execPath, [ASTRO, 'sync'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (sync.status !== 0) {
    console.log(`\nastro sync failed; \`npx astro sync\` restores the project's caches.\n${sync.stderr.slice(-2000)}`);
  }
}

const seconds = (value: number) => `${value.toFixed(1)} s`;

process.once('SIGINT', () => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
  removeBareSiteCaches();
  process.exit(130);
});

const results: SiteResult[] = [];
let certAtlasImport: CertAtlasEntries | undefined;
try {
  for (const request of requests) {
    const measured = await measureEntrySet(request);
    results.push(...measured.results);
    certAtlasImport ??= measured.certAtlas;
  }
} finally {
  restoreCaches();
}

console.log(`\nThis run (medians of ${runs}):\n\n${resultsTable(results)}`);
const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as ResultsFile) : undefined;
const file: ResultsFile = {
  cpu: {
    model: /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model,
    cores: availableParallelism(),
  },
  peakRss: peakRssMethod(),
  cacheFolders: CACHE_FOLDERS,
  cacheDirVariable: CACHE_DIR_VARIABLE,
  buildEnvironment: BUILD_ENVIRONMENT,
  ...((certAtlasImport ?? previous?.certAtlas) && {
    certAtlas: certAtlasImport
      ? {
          dataset: path.resolve(certAtlas!),
          records: certAtlasImport.records,
          entries: certAtlasImport.files.length,
          skipped: certAtlasImport.skipped,
          defaulted: certAtlasImport.defaulted,
        }
      : previous!.certAtlas!,
  }),
  results: mergeResults(previous?.results ?? [], results),
};
writeFileSync(RESULTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
writeFileSync(PERFORMANCE_DOC, withTable(readFileSync(PERFORMANCE_DOC, 'utf8'), resultsTable(file.results)));
console.log(
  `\nEvery run is in ${path.relative(process.cwd(), RESULTS_FILE)}; ` +
    `the table of every row in ${path.relative(process.cwd(), PERFORMANCE_DOC)}.`,
);
