/**
 * Every internal reference in every built page resolves: `href`, `src`, `srcset`, `og:url`-like meta
 * tags and `#fragment`, in the build at the root, the build under BASE_PATH=/certs/ (where a reference
 * outside the base path resolves to nothing) and the edge-case build. A reference that leaves the site
 * uses https; whether it answers is checked by `npm run check:external`, never in CI.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attribute,
  builtPages,
  elements,
  isMovedPage,
  lineOf,
  MOVED_PAGE,
  type BuiltPage,
} from '../support/built-pages';
import { TEST_SITE_URL, TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

const REFERENCE_ATTRIBUTES = ['href', 'src', 'srcset', 'content'] as const;

/** The file a URL path serves in a build, if any. */
function fileFor(root: string, basePath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(basePath.length));
  const candidate = path.join(root, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

function idsOf(page: BuiltPage): Set<string> {
  return new Set(
    elements(page.document)
      .flatMap((element) => [
        attribute(element, 'id'),
        element.tagName === 'a' ? attribute(element, 'name') : undefined,
      ])
      .filter((id): id is string => Boolean(id)),
  );
}

describe.each(sitesOfTier(['root', 'base', 'edge'] as const))('links in the %s build', (name) => {
  const site = TEST_SITES[name];
  const root = siteDir(name);
  const pages = builtPages(root, site.basePath);
  const pagesByFile = new Map(pages.map((page) => [path.join(root, page.file), page]));

  it('all resolve to a file in the build, and every #fragment to an id on its page', () => {
    const broken: string[] = [];
    let checked = 0;
    let external = 0;
    for (const page of pages) {
      const pageUrl = new URL(page.urlPath, 'http://site.test');
      for (const element of elements(page.document)) {
        for (const name of REFERENCE_ATTRIBUTES) {
          const value = attribute(element, name);
          if (!value) continue;
          // `content` holds a URL only on og:url-like meta tags.
          if (
            name === 'content' &&
            !(element.tagName === 'meta' && /:url$|:image$/.test(attribute(element, 'property') ?? ''))
          )
            continue;
          const candidates =
            name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
          for (const reference of candidates) {
            if (/^(mailto|tel):/i.test(reference)) continue;
            const target = new URL(reference.replace(TEST_SITE_URL, ''), pageUrl);
            const where = `${page.file}:${lineOf(element)}: <${element.tagName} ${name}="${reference}">`;
            if (target.origin !== 'http://site.test') {
              external += 1;
              if (target.protocol !== 'https:') broken.push(`${where} → leaves the site without https`);
              continue;
            }
            checked += 1;
            // Under a base path, a reference outside it finds no file: this is where one escaping it fails.
            const file = fileFor(root, site.basePath, decodeURI(target.pathname));
            if (!file) {
              broken.push(`${where} → no file for ${target.pathname}`);
              continue;
            }
            if (target.hash) {
              const targetPage = pagesByFile.get(file);
              const id = decodeURIComponent(target.hash.slice(1));
              if (!targetPage || !idsOf(targetPage).has(id))
                broken.push(`${where} → no element with id "${id}" in ${path.relative(root, file)}`);
            }
          }
        }
      }
    }
    console.log(
      `${name}: ${pages.length} pages, ${checked} internal references checked, ${external} external links left to ` +
        `check:external`,
    );
    expect(broken, `broken references:\n${broken.join('\n')}`).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length);
  });

  it('every page at an old address sends readers to a page of the build, and is left out of the sitemap', () => {
    const moved = pages.filter((page) => isMovedPage(page.html));
    const sitemap = existsSync(path.join(root, 'sitemap-0.xml'))
      ? readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8')
      : '';
    const problems = moved.flatMap((page) => {
      const target = MOVED_PAGE.exec(page.html)![1]!;
      const canonical = elements(page.document).find(
        (element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
      );
      return [
        ...(fileFor(root, site.basePath, decodeURI(target))
          ? []
          : [`${page.file}: sends readers to ${target}, no page`]),
        ...(attribute(canonical!, 'href')?.endsWith(target) ? [] : [`${page.file}: its canonical is not ${target}`]),
        ...(sitemap.includes(`${page.urlPath}<`) ? [`${page.file}: listed in the sitemap`] : []),
      ];
    });
    if (name === 'root') expect(moved.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
