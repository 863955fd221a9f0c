/** The text of a page's `<title>`: search engines show about 70 characters, so longer titles are shortened. */

/** The most characters a document title may have. */
export const MAX_TITLE_LENGTH = 70;

/**
 * `Page | Site` when it fits; otherwise the page title alone; otherwise the page title cut at a word
 * boundary with an ellipsis. The page's heading always shows the full title.
 */
export function documentTitle(pageTitle: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  const length = (text: string) => [...text].length;
  const withSite = `${pageTitle} | ${siteName}`;
  if (length(withSite) <= max) return withSite;
  if (length(pageTitle) <= max) return pageTitle;
  const characters = [...pageTitle].slice(0, max - 1);
  const cut = characters.join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that would throw away most of the text (long unspaced words, CJK).
  const shortened = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${shortened.replace(/[\s,;:–—-]+$/u, '')}…`;
}
