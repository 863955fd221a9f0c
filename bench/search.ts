/**
 * `npm run bench:search [-- --count 1000,10000 --runs 20]`: the search index and the faceted browser
 * at scale. For each count it generates that many entries (bench/lib/generate-entries.ts), builds
 * the site, and reports the size of the Pagefind index and of the browse index, what the browse page
 * fetches before its first results, then, in Chromium on this machine, the time from a facet click to
 * the results drawn (median of --runs clicks), without a query (the page's own engine over the browse
 * index) and with one (Pagefind); and the time from the last keystroke to the results drawn, for a
 * cached search index (src/lib/search/ranking.ts over /api/search-index.json): in the header's search
 * box and on the browse page (which waits 50 ms for typing to pause), medians over a few queries
 * (a code, a typo, several words, a word being typed). The budget is 100 ms at 10,000 entries. A
 * benchmark, never a test: it prints a table and writes bench/search-results.json.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { writeGeneratedEntries } from './lib/generate-entries';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../scripts/harness/chromium';
import { startStaticServer } from '../scripts/harness/static-server';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '20' } },
});
const counts = values.count.split(',').map(Number);
const runs = Number(values.runs);
/** The word typed for the runs with a query; one of the generator's twenty words. */
const QUERY = 'kubernetes';
/** What is typed for the keystroke timings: a code, a typo, several words, a word still being typed. */
const TYPED = ['ben 00042', 'kubernets', 'cloud security engineer', 'machine lear', 'architect'];

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const info = statSync(path.join(folder, name));
    return info.isFile() ? sum + info.size : sum;
  }, 0);
}

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface Result {
  entries: number;
  pagefindBytes: number;
  browseIndexBytes: number;
  /** Bytes of /pagefind/ and /api/ the browse page fetched before drawing its first results. */
  firstResultsBytes: number;
  clickMs: number[];
  clickWithQueryMs: number[];
  /** The search index of names and codes, as served and gzipped. */
  searchIndexBytes: number;
  searchIndexGzipBytes: number;
  /** From the last keystroke to the search box's results drawn, the index cached. */
  boxTypingMs: number[];
  /** From the last keystroke to the browse page's results drawn, the index cached. */
  browseTypingMs: number[];
}

/**
 * Types each query into the search box or the browse page's query box as one last keystroke (the
 * value set, an input event) and times it until the results answer it and the frame is painted.
 */
async function timeTyping(page: Page, where: 'box' | 'browse'): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const query = TYPED[run % TYPED.length]!;
    times.push(
      await page.evaluate(
        ({ where, query }) =>
          new Promise<number>((resolve) => {
            const inBox = where === 'box';
            const box = document.querySelector<HTMLInputElement>(
              inBox ? '#site-search-input' : 'form[data-browser] input[name="q"]',
            )!;
            const target = document.querySelector(inBox ? '#site-search-results' : '[data-results]')!;
            // The box marks the query its list answers; the browse page puts it in the address first.
            // (No named functions in here: tsx would wrap them in a helper the page does not have.)
            const observer = new MutationObserver(() => {
              const answered = inBox
                ? (target as HTMLElement).dataset.query === query
                : new URLSearchParams(location.search).get('q') === query;
              if (!answered) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            });
            observer.observe(target, { childList: true, subtree: true, attributes: true });
            box.value = query;
            const started = performance.now();
            box.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { where, query },
      ),
    );
    // Let the pages' text search of this query finish before the next one is typed.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }
  return times;
}

/** Ticks and unticks level options one after another, timing each click until the results are drawn. */
async function timeClicks(page: Page, count: number): Promise<number[]> {
  const boxes = page.locator('input[type="checkbox"][data-facet="level"]');
  const times: number[] = [];
  for (let run = 0; run < count; run += 1) {
    times.push(
      await boxes.nth(run % 4).evaluate(
        (box: HTMLInputElement) =>
          new Promise<number>((resolve) => {
            const status = document.querySelector('[data-status]')!;
            const before = status.textContent;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            box.click();
          }),
      ),
    );
  }
  return times;
}

async function firstResults(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('status')
    .filter({ hasText: /certification/ })
    .waitFor();
  await page.waitForLoadState('networkidle');
}

async function measure(entries: number): Promise<Result> {
  const work = mkdtempSync(path.join(tmpdir(), `cert-bench-search-${entries}-`));
  try {
    const content = path.join(work, 'content');
    const site = path.join(work, 'site');
    writeGeneratedEntries(content, entries);
    console.log(`${entries} entries: building…`);
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], {
      env: {
        ...process.env,
        CERTIFICATIONS_DIR: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        CERT_COMPASS_TODAY: '2026-12-02',
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`the build of ${entries} entries failed:\n${build.stderr.slice(-4000)}`);
    const server = await startStaticServer(site, '/');
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      let fetched = 0;
      page.on('response', async (response) => {
        if (!/^\/(pagefind|api)\//.test(new URL(response.url()).pathname)) return;
        fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await firstResults(page, `${server.url}certifications/`);
      const firstResultsBytes = fetched;
      const clickMs = await timeClicks(page, runs);
      await firstResults(page, `${server.url}certifications/?q=${QUERY}`);
      const clickWithQueryMs = await timeClicks(page, Math.min(runs, 10));
      // The search box: a first query loads the index and the module, then every keystroke is timed.
      await page.goto(server.url);
      await page.getByLabel('Search certifications', { exact: true }).fill('cloud');
      await page.locator('#site-search-results[data-query="cloud"]').waitFor({ state: 'attached' });
      const boxTypingMs = await timeTyping(page, 'box');
      await firstResults(page, `${server.url}certifications/?q=cloud`);
      const browseTypingMs = await timeTyping(page, 'browse');
      const searchIndex = readFileSync(path.join(site, 'api/search-index.json'));
      return {
        entries,
        pagefindBytes: folderBytes(path.join(site, 'pagefind')),
        browseIndexBytes: statSync(path.join(site, 'api/browse-index.json')).size,
        firstResultsBytes,
        clickMs,
        clickWithQueryMs,
        searchIndexBytes: searchIndex.length,
        searchIndexGzipBytes: gzipSync(searchIndex, { level: 9 }).length,
        boxTypingMs,
        browseTypingMs,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const count of counts) results.push(await measure(count));

const table = [
  `Search at scale (${new Date().toISOString().slice(0, 10)}, medians of ${runs} facet clicks, Chromium headless)`,
  '',
  `| ${[
    'Entries',
    'Pagefind index',
    'Browse index',
    'Fetched for the first results',
    'Facet click to results',
    'With a query',
    'Search index (gzipped)',
    'Keystroke to results: box',
    'Browse page',
  ].join(' | ')} |`,
  `|${' --- |'.repeat(9)}`,
  ...results
    .map((result) =>
      [
        result.entries.toLocaleString('en-US'),
        kb(result.pagefindBytes),
        kb(result.browseIndexBytes),
        kb(result.firstResultsBytes),
        `${median(result.clickMs).toFixed(0)} ms`,
        `${median(result.clickWithQueryMs).toFixed(0)} ms`,
        `${kb(result.searchIndexBytes)} (${kb(result.searchIndexGzipBytes)})`,
        `${median(result.boxTypingMs).toFixed(0)} ms`,
        `${median(result.browseTypingMs).toFixed(0)} ms`,
      ].join(' | '),
    )
    .map((row) => `| ${row} |`),
].join('\n');
console.log(`\n${table}`);
mkdirSync('bench', { recursive: true });
const summary = results.map((result) => ({
  ...result,
  medianClickMs: median(result.clickMs),
  medianClickWithQueryMs: median(result.clickWithQueryMs),
  medianBoxTypingMs: median(result.boxTypingMs),
  medianBrowseTypingMs: median(result.browseTypingMs),
}));
// A run of some counts replaces only their rows: the rows of other counts (a slow 10,000) are kept.
const RESULTS_FILE = 'bench/search-results.json';
const kept = existsSync(RESULTS_FILE)
  ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { results: { entries: number }[] }).results.filter(
      (row) => !counts.includes(row.entries),
    )
  : [];
const rows = [...kept, ...summary].sort((a, b) => a.entries - b.entries);
writeFileSync(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), runs, results: rows }, null, 2)}\n`);
console.log(`\nWritten to ${RESULTS_FILE}.`);
