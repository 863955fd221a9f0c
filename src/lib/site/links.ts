/**
 * Links that leave the site. Every one of them, in the site's own markup and in certification bodies
 * (through the build plugin in `src/integrations/`), carries the same `rel`.
 */

/** The page opened from a link learns nothing about the page it came from and cannot reach back into it. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';

/** True for a URL that leaves the site: absolute http(s) or protocol-relative. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}
