/**
 * The build benchmark's results file (`bench/results.json`) and the table `docs/performance.md` shows
 * from it. Each row of the file is the latest measurement of one site over one set of entries; a new
 * run replaces the rows it measured and keeps the others, so the 10,000-entry rows survive a run at the
 * catalogue's size. The table in the docs is written from this file by `npm run bench` (and checked
 * against it by a unit test), so its figures cannot go stale by hand.
 */
import type { CommandCost, FolderSummary } from './measure';

/** Where the entries of a row came from: generated, the project's own catalogue, or the Cert Atlas records. */
export type EntrySource = 'generated' | 'catalogue' | 'cert-atlas';

/** One cold build and the rebuild after it. */
export interface BuildRun {
  cold: CommandCost;
  output: FolderSummary;
  pagefindBytes: number;
  rebuildWallSeconds: number;
  /** Ids of Astro processes not started by the benchmark that were running when the cold build started. */
  otherAstroProcesses: number[];
}

/** The medians of a site's runs over one entry set. */
export interface Medians {
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

/** When and where a row was measured. */
export interface Measurement {
  date: string;
  node: string;
  /** The load average (1, 5, 15 minutes) when the run started: the machine is shared. */
  loadAverageAtStart: number[];
}

/** A site's runs over one entry set, and their medians. */
export interface SiteResult {
  site: string;
  source: EntrySource;
  entries: number;
  measured: Measurement;
  runs: BuildRun[];
  median: Medians;
  /** The largest page of the first run (every run builds the same pages). */
  largestPage: FolderSummary['largestPage'];
}

/** The whole file: what every run shares, and the rows. */
export interface ResultsFile {
  cpu: { model: string | undefined; cores: number };
  peakRss: string;
  cacheFolders: string[];
  cacheDirVariable: string;
  buildEnvironment: Record<string, string>;
  /** How the Cert Atlas rows were imported, when there are any. */
  certAtlas?: { dataset: string; records: number; entries: number; skipped: unknown[]; defaulted: unknown[] };
  results: SiteResult[];
}

export const PROJECT_SITE = 'Cert Compass';
export const BARE_SITE = 'Bare Astro';

const sameRow = (one: SiteResult, other: SiteResult) =>
  one.site === other.site && one.source === other.source && one.entries === other.entries;

/** The rows of `previous` that `latest` did not measure again, then `latest`'s, ordered by source, size and site. */
export function mergeResults(previous: readonly SiteResult[], latest: readonly SiteResult[]): SiteResult[] {
  const kept = previous.filter((row) => !latest.some((measured) => sameRow(row, measured)));
  const sources: EntrySource[] = ['catalogue', 'generated', 'cert-atlas'];
  return [...kept, ...latest].sort(
    (one, other) =>
      sources.indexOf(one.source) - sources.indexOf(other.source) ||
      one.entries - other.entries ||
      Number(one.site !== PROJECT_SITE) - Number(other.site !== PROJECT_SITE),
  );
}

/** The project's median wall time over the bare site's, for each entry set both were built over. */
export function projectToBareWall(results: readonly SiteResult[]): { entries: number; ratio: number }[] {
  return results
    .filter((result) => result.site === PROJECT_SITE)
    .flatMap((project) => {
      const bare = results.find(
        (result) => result.site === BARE_SITE && result.source === project.source && result.entries === project.entries,
      );
      return bare ? [{ entries: project.entries, ratio: project.median.wallSeconds / bare.median.wallSeconds }] : [];
    });
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (value: number) => value.toLocaleString('en-US');

const SOURCE_NAMES: Record<EntrySource, string> = {
  catalogue: 'the catalogue',
  generated: 'generated',
  'cert-atlas': 'Cert Atlas',
};

/** One row of the table: a site over one entry set. */
function tableRow({ site, source, entries, measured, runs, median: figures, largestPage }: SiteResult): string {
  const cells = [
    site,
    `${count(entries)} (${SOURCE_NAMES[source]})`,
    `${measured.date.slice(0, 10)}, ${runs.length} run${runs.length === 1 ? '' : 's'}`,
    seconds(figures.wallSeconds),
    seconds(figures.cpuSeconds),
    `${(figures.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
    count(figures.pages),
    figures.msPerEntry.toFixed(1),
    megabytes(figures.outputBytes),
    count(figures.outputFiles),
    largestPage ? `${largestPage.file} ${kilobytes(largestPage.gzipBytes)} gz` : '–',
    figures.pagefindBytes > 0 ? megabytes(figures.pagefindBytes) : '–',
    seconds(figures.rebuildWallSeconds),
    figures.rebuildToCold.toFixed(2),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The table of medians, and the project-over-bare line, as Markdown. */
export function resultsTable(results: readonly SiteResult[]): string {
  const ratios = projectToBareWall(results);
  return [
    '| Site | Entries | Measured | Wall | CPU | Peak RSS | Pages | ms/entry | Output | Files | Largest page ' +
      '| Pagefind index | Rebuild | Rebuild/cold |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.map(tableRow),
    ...(ratios.length > 0
      ? [
          '',
          `${PROJECT_SITE} over ${BARE_SITE}, wall time: ` +
            ratios.map(({ entries, ratio }) => `${ratio.toFixed(2)}× at ${count(entries)} entries`).join(', ') +
            '.',
        ]
      : []),
  ].join('\n');
}

/** The markers around the generated table in docs/performance.md. */
export const TABLE_START = '<!-- The table below is written by `npm run bench` from bench/results.json. -->';
export const TABLE_END = '<!-- End of the table written by `npm run bench`. -->';

/** `document` with the text between the markers replaced by `table`; throws when a marker is missing. */
export function withTable(document: string, table: string): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/performance.md has lost its markers: ${TABLE_START}`);
  return `${document.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${document.slice(end)}`;
}
