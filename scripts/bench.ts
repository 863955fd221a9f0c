/**
 * `npm run bench [-- --count 1000,10000 --runs 3 --cert-atlas <dataset dir> --skip-bare]`: the production
 * build at scale. For each count it generates that many entries (scripts/bench/generate-entries.ts), or
 * with --cert-atlas imports every record of a Cert Atlas dataset instead (scripts/bench/cert-atlas-entries.ts),
 * then builds them --runs times from cold (Astro's caches deleted), each cold build followed by a rebuild
 * after one entry's body changed; then the same for a bare Astro site over the same entries
 * (bench/bare-site/), the baseline. It measures wall and CPU time, peak memory, the pages and the size
 * of the output, prints a table of medians and writes every run to bench/results.json. A benchmark,
 * never a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCertAtlasEntries, type CertAtlasEntries } from './bench/cert-atlas-entries';
import { writeGeneratedEntries } from './bench/generate-entries';
import {
  folderBytes,
  measureCommand,
  median,
  otherAstroProcesses,
  peakRssMethod,
  removeFolders,
  summariseFolder,
  type CommandCost,
  type FolderSummary,
} from './bench/measure';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const BARE_SITE_ROOT = path.join(PROJECT_ROOT, 'bench/bare-site');
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const RESULTS_FILE = path.join(PROJECT_ROOT, 'bench/results.json');
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
/** The environment of every build, beside CERTIFICATIONS_DIR: a fixed "today" and site URL, no telemetry. */
const BUILD_ENVIRONMENT = {
  ASTRO_TELEMETRY_DISABLED: '1',
  CERT_COMPASS_TODAY: '2026-11-26',
  SITE_URL: 'https://certs.example.org',
};
/** Appended to one entry's body before the rebuild: a new paragraph, the front matter untouched. */
const REBUILD_SENTENCE = '\n\nThis sentence was added to time a rebuild after one entry changed.\n';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'cert-atlas': { type: 'string' },
    'skip-bare': { type: 'boolean', default: false },
  },
});
const counts = (values.count ?? '1000,10000').split(',').map(Number);
const runs = Number(values.runs);
const certAtlas = values['cert-atlas'];
if (counts.some((count) => !Number.isInteger(count) || count < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench -- --count 1000,10000 [--runs 3] [--cert-atlas <dataset dir>] [--skip-bare]');
  process.exit(2);
}
if (certAtlas && values.count) console.log('--count is left aside with --cert-atlas: the entries are its records.');

/** A site the benchmark builds, and its build command's arguments for an output folder. */
interface Site {
  name: string;
  /** Its name in file names. */
  slug: string;
  root: string;
  buildArguments: (outDir: string) => string[];
}

const PROJECT: Site = {
  name: 'Cert Compass',
  slug: 'project',
  root: PROJECT_ROOT,
  buildArguments: (out) => [ASTRO, 'build', '--outDir', out],
};
const BARE_SITE: Site = {
  name: 'Bare Astro',
  slug: 'bare',
  root: BARE_SITE_ROOT,
  buildArguments: (out) => [ASTRO, 'build', '--root', BARE_SITE_ROOT, '--outDir', out],
};
const sites = values['skip-bare'] ? [PROJECT] : [PROJECT, BARE_SITE];
/** The temporary folders in use, deleted on Ctrl+C too. */
const temporaryFolders = new Set<string>();

/** The entries one row of the table is built from, in a temporary folder. */
interface EntrySet {
  source: 'generated' | 'cert-atlas';
  folder: string;
  files: string[];
  certAtlas?: CertAtlasEntries;
}

/** One cold build and the rebuild after it. */
interface BuildRun {
  cold: CommandCost;
  output: FolderSummary;
  pagefindBytes: number;
  rebuildWallSeconds: number;
  /** Ids of Astro processes not started by the benchmark that were running when the cold build started. */
  otherAstroProcesses: number[];
}

/** The medians of a site's runs over one entry set. */
interface Medians {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  pages: number;
  msPerEntry: number;
  outputBytes: number;
  outputFiles: number;
  pagefindBytes: number;
  rebuildWallSeconds: number;
  /** Median rebuild wall time over median cold wall time. */
  rebuildToCold: number;
}

/** A site's runs over one entry set, and their medians. */
interface SiteResult {
  site: string;
  source: EntrySet['source'];
  entries: number;
  runs: BuildRun[];
  median: Medians;
  /** The largest page of the first run (every run builds the same pages). */
  largestPage: FolderSummary['largestPage'];
}

/** Writes the entries of one row into `work`: `count` generated ones, or every record of a Cert Atlas dataset. */
function writeEntries(work: string, request: { count: number } | { dataset: string }): EntrySet {
  const folder = path.join(work, 'entries');
  if ('count' in request) return { source: 'generated', folder, files: writeGeneratedEntries(folder, request.count) };
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

/** Every run of every site over one entry set (generated, or the Cert Atlas records). */
async function measureEntrySet(
  request: Parameters<typeof writeEntries>[1],
): Promise<{ results: SiteResult[]; certAtlas?: CertAtlasEntries }> {
  const work = mkdtempSync(path.join(tmpdir(), 'cert-bench-build-'));
  temporaryFolders.add(work);
  try {
    const entries = writeEntries(work, request);
    const results: SiteResult[] = [];
    for (const site of sites) {
      const siteRuns: BuildRun[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const measured = await measureRun(site, entries, work, run);
        siteRuns.push(measured);
        console.log(
          `${site.name}, ${entries.files.length.toLocaleString('en-US')} entries, run ${run}/${runs}: ` +
            `cold ${seconds(measured.cold.wallSeconds)}, rebuild ${seconds(measured.rebuildWallSeconds)}` +
            (measured.otherAstroProcesses.length > 0
              ? ` (other Astro processes were running: ${measured.otherAstroProcesses.join(', ')})`
              : ''),
        );
      }
      results.push({
        site: site.name,
        source: entries.source,
        entries: entries.files.length,
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
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One row of the table: a site over one entry set. */
function tableRow({ site, entries, median: figures, largestPage }: SiteResult): string {
  const cells = [
    site,
    entries.toLocaleString('en-US'),
    seconds(figures.wallSeconds),
    seconds(figures.cpuSeconds),
    `${(figures.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
    figures.pages.toLocaleString('en-US'),
    figures.msPerEntry.toFixed(1),
    megabytes(figures.outputBytes),
    figures.outputFiles.toLocaleString('en-US'),
    largestPage ? `${largestPage.file} ${kilobytes(largestPage.bytes)} (${kilobytes(largestPage.gzipBytes)} gz)` : '–',
    figures.pagefindBytes > 0 ? megabytes(figures.pagefindBytes) : '–',
    seconds(figures.rebuildWallSeconds),
    figures.rebuildToCold.toFixed(2),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Cert Compass's median wall time over the bare site's, for each entry set both were built over. */
function projectToBareWall(results: readonly SiteResult[]): { entries: number; ratio: number }[] {
  return results
    .filter((result) => result.site === PROJECT.name)
    .flatMap((project) => {
      const bare = results.find((result) => result.site === BARE_SITE.name && result.entries === project.entries);
      return bare ? [{ entries: project.entries, ratio: project.median.wallSeconds / bare.median.wallSeconds }] : [];
    });
}

/** The printed summary: the table of medians and the project/bare line. */
function summaryOf(results: readonly SiteResult[]): string {
  const ratios = projectToBareWall(results);
  return [
    `Build benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians of ${runs} cold ` +
      `run${runs === 1 ? '' : 's'}${certAtlas ? ', Cert Atlas records' : ', generated entries'})`,
    '',
    '| Site | Entries | Wall | CPU | Peak RSS | Pages | ms/entry | Output | Files | Largest page | Pagefind index ' +
      '| Rebuild | Rebuild/cold |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.map(tableRow),
    ...(ratios.length > 0
      ? [
          '',
          `${PROJECT.name} / ${BARE_SITE.name}, wall time: ` +
            ratios
              .map(({ entries, ratio }) => `${ratio.toFixed(2)}× at ${entries.toLocaleString('en-US')} entries`)
              .join(', '),
        ]
      : []),
  ].join('\n');
}

process.once('SIGINT', () => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
  removeBareSiteCaches();
  process.exit(130);
});

const started = new Date();
const loadAverageAtStart = loadavg();
const results: SiteResult[] = [];
let certAtlasImport: CertAtlasEntries | undefined;
try {
  for (const request of certAtlas ? [{ dataset: certAtlas }] : counts.map((count) => ({ count }))) {
    const measured = await measureEntrySet(request);
    results.push(...measured.results);
    certAtlasImport ??= measured.certAtlas;
  }
} finally {
  restoreCaches();
}

console.log(`\n${summaryOf(results)}`);
writeFileSync(
  RESULTS_FILE,
  `${JSON.stringify(
    {
      date: started.toISOString(),
      node: process.version,
      cpu: {
        model: /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model,
        cores: availableParallelism(),
      },
      loadAverageAtStart,
      runs,
      peakRss: peakRssMethod(),
      cacheFolders: CACHE_FOLDERS,
      cacheDirVariable: CACHE_DIR_VARIABLE,
      buildEnvironment: BUILD_ENVIRONMENT,
      ...(certAtlasImport && {
        certAtlas: {
          dataset: path.resolve(certAtlas!),
          records: certAtlasImport.records,
          entries: certAtlasImport.files.length,
          skipped: certAtlasImport.skipped,
          defaulted: certAtlasImport.defaulted,
        },
      }),
      results,
      projectToBareWall: projectToBareWall(results),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nEvery run is in ${path.relative(process.cwd(), RESULTS_FILE)}.`);
