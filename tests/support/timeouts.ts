/**
 * Time for a browser test that visits many pages: a fixed start plus a share for each page, so the
 * limit grows with the pages visited instead of one 30 s limit that a loaded machine, or a larger
 * catalogue, runs out of. Generous on purpose: a timeout here should mean a page hangs, not a busy CPU.
 */
export const PER_PAGE_MS = 4_000;

export function timeoutForPages(pages: number, perPageMs = PER_PAGE_MS): number {
  return 30_000 + pages * perPageMs;
}
