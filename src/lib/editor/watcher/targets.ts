/**
 * The pages the official-page watcher visits: each certification's official `link` and every page of
 * its `verified_against`, one visit per address however many certifications name it (a provider's exam
 * guide or price list often serves dozens), each remembering the certifications that name it so the
 * report can say which files to open.
 */
import type { CertificationData } from '../../schema';
import type { Status } from '../../values/status';
import { termSlug } from '../../text/slug';

/** The fields the watcher reads; a checked file (`CheckedFile`) has them all. */
export interface WatchedFile {
  file: string;
  data: Pick<CertificationData, 'title' | 'provider' | 'link' | 'verifiedAgainst' | 'status'>;
}

/** One certification naming a page, and the field it names it in (the one an editor would fix). */
export interface PageUse {
  title: string;
  file: string;
  provider: string;
  status: Status;
  field: 'link' | 'verified_against';
}

/** One address to visit, and every certification that names it, in file order. */
export interface WatchTarget {
  url: string;
  uses: PageUse[];
}

/**
 * The address a page is visited and remembered at: the URL without its fragment, which browsers never
 * send, so `page#fees` and `page#exam` are one visit.
 */
export function pageAddress(url: string): string {
  const address = new URL(url);
  address.hash = '';
  return address.href;
}

/** The host a page lives on, for politeness (one request at a time per host) and the cost estimate. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/**
 * Every page to watch, sorted by address; `provider` (a provider's slug, as in its page's address, or
 * its name in any letter case) keeps only that provider's certifications.
 */
export function watchTargets(files: readonly WatchedFile[], provider?: string): WatchTarget[] {
  const wanted = provider === undefined ? undefined : termSlug(provider);
  const byUrl = new Map<string, PageUse[]>();
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, data } of sorted) {
    if (wanted !== undefined && termSlug(data.provider) !== wanted) continue;
    const named: [string, PageUse['field']][] = [
      [data.link, 'link'],
      ...(data.verifiedAgainst ?? []).map((url): [string, PageUse['field']] => [url, 'verified_against']),
    ];
    for (const [url, field] of named) {
      const address = pageAddress(url);
      const uses = byUrl.get(address) ?? [];
      // A file naming one page twice (its link is also the page it was checked against) is listed once.
      if (!uses.some((use) => use.file === file)) {
        uses.push({ title: data.title, file, provider: data.provider, status: data.status, field });
      }
      byUrl.set(address, uses);
    }
  }
  return [...byUrl.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([url, uses]) => ({ url, uses }));
}

export interface HostPages {
  host: string;
  pages: number;
}

/** How many pages each host serves, most first (ties by host name). */
export function pagesPerHost(targets: readonly WatchTarget[]): HostPages[] {
  const counts = new Map<string, number>();
  for (const { url } of targets) counts.set(hostOf(url), (counts.get(hostOf(url)) ?? 0) + 1);
  return [...counts.entries()]
    .map(([host, pages]) => ({ host, pages }))
    .sort((a, b) => b.pages - a.pages || a.host.localeCompare(b.host));
}
