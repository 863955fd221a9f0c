/**
 * What a real run costs, estimated without making one (`npm run watch:official -- --list`): requests and
 * minutes from the pages per host, the concurrency and a time per page. With one request at a time per
 * host the busiest host sets a floor: its pages run one after another however many slots are free.
 */
import type { HostPages } from './targets';

export interface RunEstimate {
  pages: number;
  /** One request per page, and `redirectShare` more for the pages that redirect. */
  requests: number;
  minutes: number;
}

/**
 * The estimate for visiting these hosts' pages: the longer of the pages spread over `concurrency` slots
 * and the busiest host's pages one by one.
 */
export function estimateRun(
  hosts: readonly HostPages[],
  options: { concurrency: number; secondsPerPage: number; redirectShare: number },
): RunEstimate {
  const pages = hosts.reduce((sum, host) => sum + host.pages, 0);
  const busiest = Math.max(0, ...hosts.map((host) => host.pages));
  const seconds = Math.max((pages * options.secondsPerPage) / options.concurrency, busiest * options.secondsPerPage);
  return { pages: Math.round(pages), requests: Math.round(pages * (1 + options.redirectShare)), minutes: seconds / 60 };
}

/**
 * The hosts of a catalogue `factor` times larger with the same mix of providers (each host's pages
 * multiplied, fractions kept until the total is rounded): pessimistic for the busiest host, since a larger
 * catalogue also adds providers.
 */
export function scaleHosts(hosts: readonly HostPages[], factor: number): HostPages[] {
  return hosts.map(({ host, pages }) => ({ host, pages: pages * factor }));
}
