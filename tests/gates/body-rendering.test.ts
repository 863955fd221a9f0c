/**
 * The loader renders certification bodies exactly as the MDX integration does: the body of every
 * certification page of the catalogue and of the edge-case fixtures (hostile text, raw HTML, odd
 * Markdown) is byte-identical in the build where the loader rendered it and in the build where MDX did
 * (BODY_RENDERER=mdx). The original Jekyll page is one of the catalogue's entries. (The determinism
 * gate compares the two builds whole; this one names the bodies that differ.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/built-pages';
import { catalogueFiles, edgeCaseFiles } from '../support/catalogue-files';
import { siteDir } from '../support/test-sites';

/** The rendered body of a built certification page: the contents of its `.prose` block (none: undefined). */
function bodyOf(html: string): string | undefined {
  const start = html.indexOf('<div class="prose"');
  if (start === -1) return undefined;
  const open = html.indexOf('>', start) + 1;
  const next = html.indexOf('<section aria-labelledby="next-steps"', open);
  const end = next === -1 ? html.indexOf('<footer', open) : next;
  return html.slice(open, html.lastIndexOf('</div>', end));
}

describe.each([
  ['root', 'rebuild', catalogueFiles],
  ['edge', 'edge-mdx', edgeCaseFiles],
] as const)('bodies of the %s build', (loaderSite, mdxSite, files) => {
  it(`are what MDX renders (the ${mdxSite} build), entry by entry`, () => {
    const differing: string[] = [];
    const slugs = files().map((file) => file.slug);
    for (const slug of slugs) {
      const file = `${slug}/index.html`;
      const byLoader = bodyOf(readFileSync(path.join(siteDir(loaderSite), file), 'utf8'));
      const byMdx = bodyOf(readFileSync(path.join(siteDir(mdxSite), file), 'utf8'));
      if (byMdx === undefined || byLoader !== byMdx) differing.push(`${file}: the loader's body differs from MDX's`);
    }
    expect(slugs.length).toBeGreaterThan(0);
    expect(listFiles(siteDir(loaderSite)).length).toBeGreaterThan(slugs.length);
    expect(differing.slice(0, 10), differing.slice(0, 10).join('\n')).toEqual([]);
  });
});
