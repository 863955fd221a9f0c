/**
 * `npm run bench:search [-- --count 1000,10000 --runs 20]`: the search index and the faceted browser
 * at scale. For each count it generates that many entries (bench/lib/generate-entries.ts), builds
 * the site, and reports the size of the Pagefind index and of the browse index, what the browse page
 * fetches before its first results, then, in Chromium on this machine, the time from a facet click to
 * the results drawn (median of --runs clicks), without a query (the page's own engine over the browse
 * index) and with one (Pagefind). A benchmark, never a test: it prints a table and writes
 * bench/search-results.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
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
      return {
        entries,
        pagefindBytes: folderBytes(path.join(site, 'pagefind')),
        browseIndexBytes: statSync(path.join(site, 'api/browse-index.json')).size,
        firstResultsBytes,
        clickMs,
        clickWithQueryMs,
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
  '| Entries | Pagefind index | Browse index | Fetched for the first results | Facet click to results | With a query |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results
    .map((result) =>
      [
        result.entries.toLocaleString('en-US'),
        kb(result.pagefindBytes),
        kb(result.browseIndexBytes),
        kb(result.firstResultsBytes),
        `${median(result.clickMs).toFixed(0)} ms`,
        `${median(result.clickWithQueryMs).toFixed(0)} ms`,
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
}));
writeFileSync(
  'bench/search-results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, results: summary }, null, 2)}\n`,
);
console.log('\nWritten to bench/search-results.json.');
