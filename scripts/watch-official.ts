/**
 * `npm run watch:official`: visits every certification's official page and the pages it was checked
 * against, compares them with the last run and prints a Markdown report of what editors should do
 * (docs/watcher.md). Needs internet; the weekly workflow runs it (.github/workflows/watch-official.yml).
 *
 *   --provider <slug>   only this provider's certifications (its slug or name)
 *   --state <file>      the last run's state, rewritten after the run (data/watch/official-pages.json)
 *   --report <file>     write the report there instead of printing it
 *   --summary <file>    write the counts as JSON, for the workflow
 *   --max-length <n>    list fewer pages per group until the report fits n characters (an issue holds 65,536)
 *   --concurrency <n>   pages visited at once, never two on one host (4)
 *   --timeout <s>       seconds one request may take (20)
 *   --limit <n>         visit only the first n pages, for trying
 *   --dry-run           leave the state file as it was
 *   --list              visit nothing: count the pages and hosts, and estimate what a run costs
 *
 * Exits 1 when the run could not check (most hosts out of reach): the state is then left as it was.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { estimateRun, scaleHosts } from '../src/lib/editor/watcher/cost';
import { DEFAULT_FETCH_POLICY, fetchPage, watcherUserAgent } from '../src/lib/editor/watcher/fetch-page';
import { countFindings, formatWatchReport, pagesToActOn } from '../src/lib/editor/watcher/report';
import { emptyWatchState, parseWatchState, serializeWatchState } from '../src/lib/editor/watcher/state';
import { pagesPerHost, watchTargets, type WatchTarget } from '../src/lib/editor/watcher/targets';
import { watchPages } from '../src/lib/editor/watcher/watch';
import { checkCertificationFolder } from '../src/lib/files/check-folder';
import { countOf } from '../src/lib/text/plural';
import { termSlug } from '../src/lib/text/slug';
import { siteConfig } from '../src/site.config';

const { values } = parseArgs({
  options: {
    provider: { type: 'string' },
    state: { type: 'string', default: 'data/watch/official-pages.json' },
    report: { type: 'string' },
    summary: { type: 'string' },
    'max-length': { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    timeout: { type: 'string', default: String(DEFAULT_FETCH_POLICY.timeoutMs / 1000) },
    limit: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});

/** A positive number option, or exit with what was expected. */
function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!(value > 0)) {
    console.error(`--${name}: found "${text}"; expected a number above 0, such as --${name} 4`);
    process.exit(2);
  }
  return value;
}

const concurrency = Math.floor(positive('concurrency', values.concurrency)!);
const timeoutMs = positive('timeout', values.timeout)! * 1000;
const limit = positive('limit', values.limit);
const maxLength = positive('max-length', values['max-length']);

const { checked, problems } = await checkCertificationFolder(path.resolve(siteConfig.certificationsDir), {
  today: siteConfig.today,
});
const errors = problems.filter((problem) => problem.severity === 'error').length;
if (errors > 0)
  console.error(`${errors} error(s) in the catalogue: npm run check lists them; those files are left out.`);

const everyTarget = watchTargets(checked);
const wanted = watchTargets(checked, values.provider);
if (values.provider !== undefined && wanted.length === 0) {
  const slugs = [...new Set(checked.map((file) => termSlug(file.data.provider)))].sort();
  console.error(
    `--provider: no certification of "${values.provider}"; expected a provider's slug, such as ${slugs[0]}`,
  );
  process.exit(2);
}
const targets = limit === undefined ? wanted : wanted.slice(0, limit);

if (values.list) {
  printList(targets);
  process.exit(0);
}

const previous = readState(values.state);

const started = performance.now();
let visited = 0;
const policy = { ...DEFAULT_FETCH_POLICY, timeoutMs, userAgent: watcherUserAgent(siteConfig.repository) };
const tools = { fetch, sleep: (ms: number) => sleep(ms), now: Date.now };
const run = await watchPages(targets, {
  previous,
  named: new Set(everyTarget.map((target) => target.url)),
  today: siteConfig.today,
  concurrency,
  fetchPage: (url) => fetchPage(url, policy, tools),
  onPage: ({ reason, url, finalUrl }) =>
    console.error(`[${++visited}/${targets.length}] ${reason}  ${url}${finalUrl === url ? '' : ` → ${finalUrl}`}`),
});
const seconds = (performance.now() - started) / 1000;

const report = formatWatchReport(run, { date: siteConfig.today, ...(maxLength && { maxLength }) });
if (values.report) writeFileSync(values.report, report);
else console.log(report);
if (values.summary) {
  const summary = {
    date: siteConfig.today,
    couldNotCheck: run.unreachable !== undefined,
    toAct: run.unreachable ? 0 : pagesToActOn(run.findings),
    counts: countFindings(run.findings),
    pages: targets.length,
    requests: run.requests,
    seconds: Math.round(seconds),
  };
  writeFileSync(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
}
if (run.state && !values['dry-run']) {
  mkdirSync(path.dirname(values.state), { recursive: true });
  writeFileSync(values.state, serializeWatchState(run.state));
}
const outcome = run.unreachable
  ? 'could not check: state left as it was'
  : values['dry-run']
    ? 'state left as it was (--dry-run)'
    : `state written to ${values.state}`;
console.error(
  `Visited ${countOf(targets.length, 'page')} with ${countOf(run.requests, 'request')} in ${seconds.toFixed(1)} s; ` +
    `${outcome}.`,
);
process.exitCode = run.unreachable ? 1 : 0;

/** The last run's state, or an empty one when there is none or it is of another version. */
function readState(file: string) {
  if (!existsSync(file)) return emptyWatchState();
  const state = parseWatchState(readFileSync(file, 'utf8'), file);
  if (!state) console.error(`${file} was written by another version of the watcher: starting afresh.`);
  return state ?? emptyWatchState();
}

/** `--list`: the pages and hosts a run would visit, and what a run costs at this size and at 700 and 10,000 entries. */
function printList(listed: readonly WatchTarget[]): void {
  const hosts = pagesPerHost(listed);
  const entries = new Set(listed.flatMap((target) => target.uses.map((use) => use.file))).size;
  console.log(
    `${countOf(listed.length, 'page')} to visit, named by ${countOf(entries, 'certification')}, ` +
      `on ${countOf(hosts.length, 'host')}.`,
  );
  console.log('Busiest hosts:');
  for (const { host, pages } of hosts.slice(0, 10)) console.log(`  ${String(pages).padStart(5)}  ${host}`);
  console.log(
    `Estimated cost at ${concurrency} at once, one at a time per host (a quarter of pages redirecting once):`,
  );
  for (const size of [entries, 700, 10_000]) {
    const scaled = scaleHosts(hosts, size / entries);
    const [fast, slow] = [1, 2].map((secondsPerPage) =>
      estimateRun(scaled, { concurrency, secondsPerPage, redirectShare: 0.25 }),
    );
    console.log(
      `  ${String(size).padStart(6)} entries: ${fast!.pages} pages, about ${fast!.requests} requests, ` +
        `${fast!.minutes.toFixed(1)}–${slow!.minutes.toFixed(1)} minutes at 1–2 s a page`,
    );
  }
}
