/**
 * The sitemap leaves out the pages at old addresses (`redirects.json` beside the certification files):
 * they only send readers on, and search engines should list the page they lead to.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A filter for @astrojs/sitemap: false for the page of an old address in `certificationsDir`'s redirects. */
export function notMovedPage(certificationsDir: string): (page: string) => boolean {
  const file = path.resolve(certificationsDir, 'redirects.json');
  const moved = existsSync(file) ? Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object) : [];
  const suffixes = moved.map((slug) => `/${slug}/`);
  return (page) => !suffixes.some((suffix) => new URL(page).pathname.endsWith(suffix));
}
