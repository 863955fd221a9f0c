/**
 * Which page numbers a pager shows when there are many: the first and the last, the current one with
 * its neighbours, and a gap for each run left out (`1 … 5 6 7 … 29`). A gap never stands for a single
 * page: that page is shown instead, so the pager keeps its width. Shared by the static listings and
 * the browse page's script.
 */

/** A page number, or `null` for a gap of two or more pages. */
export type PagerItem = number | null;

/** The items of a pager at page `current` of `last`, `radius` neighbours each side of the current page. */
export function pageWindow(current: number, last: number, radius = 1): PagerItem[] {
  const shown = new Set([1, last]);
  for (let page = current - radius; page <= current + radius; page += 1) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) items.push(null);
    items.push(page);
  }
  return items;
}
