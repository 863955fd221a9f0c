/**
 * One run of the official-page watcher: visits every target politely, reads each page, classifies it
 * against the last run and builds the next state. When most hosts cannot be reached at all (no network,
 * a DNS outage on the runner), the run says it could not check instead of calling every page gone; its
 * caller then keeps the old state, so one bad night does not erase what the pages said.
 */
import type { CalendarDate } from '../../values/calendar-date';
import { countOf } from '../../text/plural';
import { classifyPage, recordOf, type Finding } from './classify';
import type { FailureKind, FetchedPage } from './fetch-page';
import { readPage, type PageReading } from './page-reading';
import { mapPolitely } from './polite-queue';
import { mergeWatchState, type PageRecord, type WatchState } from './state';
import { hostOf, type WatchTarget } from './targets';

/** Failures that say the host itself is out of reach, rather than one page being slow or broken. */
const UNREACHABLE = new Set<FailureKind>(['dns', 'connection']);

/**
 * How many pages of a host in a row may fail this way before its other pages are not asked this run. A
 * name that does not resolve or a refused connection is the host's answer for every page; a timeout may
 * be one slow page, but two in a row mean a host that would cost a minute a page (three tries of 20 s).
 */
const GIVE_UP_AFTER: Partial<Record<FailureKind, number>> = { dns: 1, connection: 1, timeout: 2 };

export interface WatchOptions {
  previous: WatchState;
  /** Every address the catalogue names, whether visited this run or not: the next state keeps these. */
  named: ReadonlySet<string>;
  today: CalendarDate;
  /** How many pages are visited at once (never two on one host). */
  concurrency: number;
  fetchPage: (url: string) => Promise<FetchedPage>;
  /** Told after each page, for a progress line. */
  onPage?: (reading: PageReading) => void;
}

export interface WatchRun {
  /** One per target, in the targets' order. */
  findings: Finding[];
  /** The state to write after this run; absent when the run could not check (keep the last one). */
  state?: WatchState;
  /** Set when more than half the hosts could not be reached: the run checked nothing worth keeping. */
  unreachable?: { hosts: string[]; of: number };
  /** HTTP requests made, retries and redirects included. */
  requests: number;
}

/**
 * The hosts none of whose pages could be reached (DNS or connection failures on every one), when they
 * are more than half of all hosts visited; undefined otherwise.
 */
export function unreachableHosts(readings: readonly PageReading[]): WatchRun['unreachable'] {
  const reached = new Map<string, boolean>();
  for (const { url, status } of readings) {
    const host = hostOf(url);
    const failed = typeof status === 'string' && UNREACHABLE.has(status);
    reached.set(host, (reached.get(host) ?? false) || !failed);
  }
  const hosts = [...reached.keys()].filter((host) => !reached.get(host)).sort();
  return hosts.length * 2 > reached.size ? { hosts, of: reached.size } : undefined;
}

/** Visits and classifies every target. */
export async function watchPages(targets: readonly WatchTarget[], options: WatchOptions): Promise<WatchRun> {
  // A host's pages run one at a time, so "in a row" is the order they were asked in.
  const failing = new Map<string, { last: FetchedPage; inARow: number }>();
  const visit = async (url: string): Promise<FetchedPage> => {
    const host = hostOf(url);
    const before = failing.get(host);
    const limit = before && GIVE_UP_AFTER[before.last.status as FailureKind];
    if (before && limit !== undefined && before.inARow >= limit) {
      const pages = countOf(before.inARow, 'page');
      const reason = `not asked: ${pages} of this host before it failed (${before.last.reason})`;
      return { url, redirects: [], finalUrl: url, status: before.last.status, reason, requests: 0 };
    }
    const page = await options.fetchPage(url);
    const failedAtHost = GIVE_UP_AFTER[page.status as FailureKind] !== undefined && page.redirects.length === 0;
    if (failedAtHost) failing.set(host, { last: page, inARow: (before?.inARow ?? 0) + 1 });
    else failing.delete(host);
    return page;
  };
  const readings = await mapPolitely(
    targets,
    { concurrency: options.concurrency, hostOf: (target) => hostOf(target.url) },
    async ({ url }) => {
      const reading = readPage(await visit(url));
      options.onPage?.(reading);
      return reading;
    },
  );
  const checked: Record<string, PageRecord> = {};
  const findings = targets.map((target, index) => {
    const previous = options.previous.pages[target.url];
    checked[target.url] = recordOf(readings[index]!, previous, options.today);
    return classifyPage(target, readings[index]!, previous);
  });
  const unreachable = unreachableHosts(readings);
  return {
    findings,
    ...(unreachable ? { unreachable } : { state: mergeWatchState(options.previous, checked, options.named) }),
    requests: readings.reduce((sum, reading) => sum + reading.requests, 0),
  };
}
