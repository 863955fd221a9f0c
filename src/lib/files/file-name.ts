/**
 * The rule for naming certification files. The name is the page's address, so it must be a file slug
 * and must not take the first path segment of a page the site already has.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemParts } from '../fields/problem';
import { FILE_SLUG_FORMAT, fileSlug } from '../text/slug';
import { withoutExtension } from './list';

/** What the build writes at the site's root besides the pages: Astro's assets and the sitemap. */
const BUILD_OUTPUTS = ['_astro', 'sitemap-index', 'sitemap-0'];

/** `index`, `404`, `categories`, `robots`: a file or folder name up to its first dot, unless dynamic (`[slug]`). */
function segmentsOf(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('['))
    .map((name) => name.split('.')[0] ?? name);
}

let reserved: readonly string[] | undefined;

/**
 * The first path segments the site itself uses: every route in `src/pages`, every file in `public/`,
 * and the build's own outputs. A certification slug may not take one of them. Read on first use, not
 * when the module loads: a page that imports the checker never asks.
 */
export function reservedSlugs(): readonly string[] {
  const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  reserved ??= [
    ...new Set([
      ...segmentsOf(path.join(source, 'pages')),
      ...segmentsOf(path.join(source, '../public')),
      ...BUILD_OUTPUTS,
    ]),
  ].sort();
  return reserved;
}

/** The slug of a certification file: its name without the folder and the extension. */
export function slugOfFile(file: string): string {
  return withoutExtension(path.basename(file));
}

/** The slug for a Jekyll page's file name: without a `YYYY-MM-DD-` post prefix and the extension. */
export function slugOfJekyllFile(fileName: string): string {
  return fileSlug(fileName.replace(/\.(md|markdown|mdx|html)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''));
}

/** Why a slug cannot name a certification file, or undefined: its format, a route of the site, or taken. */
export function slugProblem(slug: string, taken: ReadonlySet<string> = new Set()): string | undefined {
  if (!FILE_SLUG_FORMAT.test(slug)) return 'is not lowercase letters, digits and single hyphens';
  if (reservedSlugs().includes(slug)) return `"${slug}" is taken by a page of the site`;
  if (taken.has(slug)) return `a file named ${slug} already exists`;
  return undefined;
}

/** The problem with a certification file's name, or undefined when the name is fine. */
export function fileNameProblem(slug: string): ProblemParts | undefined {
  const problem = slugProblem(slug);
  if (!problem) return undefined;
  const example = reservedSlugs().includes(slug)
    ? `${slug}-certification`
    : fileSlug(slug) || 'aws-certified-cloud-practitioner';
  return {
    reason: `the file name ${problem}`,
    found: JSON.stringify(slug),
    expected:
      `lowercase letters, digits and single hyphens naming the certification, none of ` +
      `${reservedSlugs().join(', ')}`,
    example: `${example}.mdx`,
  };
}
