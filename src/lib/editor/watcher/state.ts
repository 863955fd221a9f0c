/**
 * What the watcher remembers between runs, keyed by page address: the last status, where the page ended
 * up, the digest of its main text and the retirement sentences it carried. Written as JSON with sorted
 * keys, two-space indents and one entry per address, so a commit or a diff of it shows only the pages
 * that changed; `version` lets a later format start afresh instead of misreading this one.
 */
import type { CalendarDate } from '../../values/calendar-date';
import type { PageStatus } from './fetch-page';

export const WATCH_STATE_VERSION = 1;

/** One page as the last run saw it. */
export interface PageRecord {
  status: PageStatus;
  /** Where the page's redirects ended. */
  finalUrl: string;
  /**
   * The digest of the main text at the last answer with content. A page that is gone for a while keeps
   * the digest from before, so its return is not reported as a change unless the text did change.
   */
  digest?: string;
  /** The retirement sentences of that answer (`retirementSentences`), kept like the digest. */
  retirementEvidence?: string[];
  /** The day of the last check. */
  checked: CalendarDate;
}

export interface WatchState {
  version: typeof WATCH_STATE_VERSION;
  pages: Record<string, PageRecord>;
}

/** A state with no pages: every page of the next run is seen for the first time. */
export function emptyWatchState(): WatchState {
  return { version: WATCH_STATE_VERSION, pages: {} };
}

/** Whether a value read from JSON is a page record. */
function isPageRecord(value: unknown): value is PageRecord {
  const record = value as Partial<PageRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    (typeof record.status === 'number' || typeof record.status === 'string') &&
    typeof record.finalUrl === 'string' &&
    typeof record.checked === 'string' &&
    (record.digest === undefined || typeof record.digest === 'string') &&
    (record.retirementEvidence === undefined || Array.isArray(record.retirementEvidence))
  );
}

/**
 * Reads a state file's text; `file` names it in errors. A state of another version gives `undefined`
 * (the caller starts afresh and says so); a file that is not a state at all throws, since a person broke it.
 */
export function parseWatchState(text: string, file: string): WatchState | undefined {
  let parsed: { version?: unknown; pages?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); delete it to start afresh`, { cause: error });
  }
  if (parsed.version !== WATCH_STATE_VERSION) return undefined;
  const pages = parsed.pages;
  const startAfresh = 'is not what the watcher writes; delete the file to start afresh';
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages))
    throw new Error(`${file}: "pages" ${startAfresh}`);
  const bad = Object.entries(pages).find(([, record]) => !isPageRecord(record));
  if (bad) throw new Error(`${file}: the entry for ${bad[0]} ${startAfresh}`);
  return { version: WATCH_STATE_VERSION, pages: pages as Record<string, PageRecord> };
}

/** The value with every object's keys in sorted order, so the same state is always written the same way. */
function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The state file's text: sorted keys, two-space indents, a final newline. */
export function serializeWatchState(state: WatchState): string {
  return `${JSON.stringify(withSortedKeys(state), null, 2)}\n`;
}

/**
 * The state after a run: this run's records, then the last run's for pages still named by the catalogue
 * but not checked this time (a run for one provider, or `--limit`); pages no file names any more are dropped.
 */
export function mergeWatchState(
  previous: WatchState,
  checked: Readonly<Record<string, PageRecord>>,
  named: ReadonlySet<string>,
): WatchState {
  const pages: Record<string, PageRecord> = {};
  for (const url of named) {
    const record = checked[url] ?? previous.pages[url];
    if (record) pages[url] = record;
  }
  return { version: WATCH_STATE_VERSION, pages };
}
