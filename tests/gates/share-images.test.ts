/**
 * Share images on every page: each page's `og:image` (and `twitter:image`) is an absolute URL of a
 * file of the same build that is a 1200x630 PNG, with a text alternative; a certification, category,
 * provider or level page points at an image of its own, every other page at the site's. Checked in
 * the catalogue build and in the edge-case build (Japanese and accented titles), under / and /certs/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, pathOfFile } from '../support/page-types';
import { isMovedPage, listFiles } from '../support/built-pages';
import { pngSize } from '../support/png';
import { TEST_SITE_URL, TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

/** A PNG's size and bytes; undefined when the file is not a PNG. */
function pngHeader(file: string) {
  const bytes = readFileSync(file);
  const size = pngSize(bytes);
  return size && { ...size, bytes: bytes.length };
}

/** The image a page must show: its certification's, its group's or role's (on every listing page), or the site's. */
function expectedImage(pagePath: string): string {
  const [section, slug] = pagePath.split('/').filter(Boolean);
  if (pageTypeOf(pagePath) === 'certification') return `og/certifications/${section}.png`;
  if (slug && ['categories', 'providers', 'levels', 'roles'].includes(section!)) return `og/${section}/${slug}.png`;
  return 'og/home.png';
}

describe.each(sitesOfTier(['root', 'base', 'edge'] as const))('share images of the %s build', (name) => {
  const root = siteDir(name);
  const { basePath } = TEST_SITES[name];
  // Read as text, not parsed: the head's meta tags are all this gate needs, on thousands of pages.
  // A page at an old address (it sends readers on) shares the home page's image.
  const pages = listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(path.join(root, file), 'utf8') }))
    .filter((page) => !isMovedPage(page.html));
  /** A meta tag's content as written (character references left as they are). */
  const meta = (page: (typeof pages)[number], key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(page.html)?.[1];

  it('every page points at a 1200x630 PNG of the build, described, for a large card', () => {
    const problems: string[] = [];
    const checked = new Map<string, ReturnType<typeof pngHeader>>();
    for (const page of pages) {
      const image = meta(page, 'og:image')?.replaceAll('&amp;', '&');
      const prefix = `${TEST_SITE_URL}${basePath}`;
      if (!image?.startsWith(prefix)) {
        problems.push(`${page.file}: og:image ${image ?? 'missing'} is not an absolute URL below ${prefix}`);
        continue;
      }
      const file = path.join(root, decodeURI(image.slice(prefix.length)));
      if (!checked.has(file)) checked.set(file, existsSync(file) ? pngHeader(file) : undefined);
      const png = checked.get(file);
      if (png?.width !== 1200 || png.height !== 630) problems.push(`${page.file}: ${image} is not a 1200x630 PNG`);
      if (meta(page, 'twitter:image')?.replaceAll('&amp;', '&') !== image)
        problems.push(`${page.file}: twitter:image is not og:image`);
      if (meta(page, 'og:image:width') !== '1200' || meta(page, 'og:image:height') !== '630')
        problems.push(`${page.file}: og:image:width/height are not 1200/630`);
      if (!meta(page, 'og:image:alt')?.trim()) problems.push(`${page.file}: no og:image:alt`);
      if (meta(page, 'twitter:card') !== 'summary_large_image') problems.push(`${page.file}: twitter:card`);
      const expected = `${prefix}${expectedImage(pathOfFile(page.file))}`;
      if (decodeURI(image) !== expected) problems.push(`${page.file}: og:image ${image}, expected ${expected}`);
    }
    const sizes = [...checked.values()].flatMap((png) => (png ? [png.bytes] : []));
    console.log(
      `${name}: ${pages.length} pages point at ${checked.size} share images, ` +
        `${(sizes.reduce((sum, size) => sum + size, 0) / sizes.length / 1024).toFixed(1)} KB on average`,
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('a certification page’s image is described by its own title', () => {
    const page = pages.find((candidate) => pageTypeOf(pathOfFile(candidate.file)) === 'certification');
    const title = page && meta(page, 'og:title');
    expect(title).toBeTruthy();
    expect(meta(page!, 'og:image:alt')?.startsWith(`${title},`)).toBe(true);
  });
});
