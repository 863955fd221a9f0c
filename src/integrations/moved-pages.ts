/**
 * The sitemap leaves out the pages at old addresses: merged certifications (`redirects.json` beside the
 * certification files) and renamed or split categories and providers (src/lib/site/moved-terms.ts).
 * They only send readers on, and search engines should list the page they lead to.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { oldTermAddresses } from '../lib/site/moved-terms';

/** A filter for @astrojs/sitemap: false for the page of an old address. */
export function notMovedPage(certificationsDir: string): (page: string) => boolean {
  const file = path.resolve(certificationsDir, 'redirects.json');
  const moved = existsSync(file) ? Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object) : [];
  const suffixes = [...moved.map((slug) => `/${slug}/`), ...oldTermAddresses().map((term) => `/${term}`)];
  return (page) => !suffixes.some((suffix) => decodeURI(new URL(page).pathname).endsWith(suffix));
}
