/**
 * Size budgets, gzipped, on every page of the build of the published catalogue. Every failure names
 * the file.
 * - every HTML page fits the first round trip: 14 KB;
 * - all CSS together: 12 KB;
 * - no inline script; every page but the browse page loads only the bootstrap script (with what it
 *   imports up front): 1.5 KB; the browse page at most 30 KB of the site's own JavaScript (Pagefind's
 *   files, loaded from /pagefind/, are reported, not counted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, pathOfFile } from '../support/page-types';
import { attribute, builtPages, elements, listFiles } from '../support/built-pages';
import { catalogueFiles } from '../support/catalogue-files';
import { TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';

const KB = 1024;
export const BUDGETS = { htmlPage: 14 * KB, cssTotal: 12 * KB, bootstrap: 1.5 * KB, browsePage: 30 * KB };

const root = siteDir('root');
const pages = builtPages(root, TEST_SITES.root.basePath);
const gzipSize = (file: string) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Executable scripts of a page: external files and inline code (JSON-LD data blocks are not code). */
function scriptsOf(page: (typeof pages)[number]) {
  return elements(page.document)
    .filter((element) => element.tagName === 'script')
    .filter((element) => !/^application\/(ld\+)?json$/.test(attribute(element, 'type') ?? ''))
    .map((element) => ({
      src: attribute(element, 'src'),
      inline: element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''),
    }));
}

describe('size budgets (gzip)', () => {
  it(`every HTML page is at most ${kb(BUDGETS.htmlPage)}`, () => {
    const sizes = pages.map((page) => ({ file: page.file, size: gzipSize(page.file) })).sort((a, b) => b.size - a.size);
    console.log(
      `largest HTML pages: ${sizes
        .slice(0, 3)
        .map(({ file, size }) => `${file} ${kb(size)}`)
        .join(', ')}`,
    );
    const over = sizes
      .filter(({ size }) => size > BUDGETS.htmlPage)
      .map(({ file, size }) => `${file}: ${kb(size)} > ${kb(BUDGETS.htmlPage)}`);
    expect(over, over.join('\n')).toEqual([]);
  });

  it(`all CSS together is at most ${kb(BUDGETS.cssTotal)}`, () => {
    const cssFiles = listFiles(root).filter((file) => file.endsWith('.css'));
    const inlineStyles = pages.flatMap((page) =>
      elements(page.document)
        .filter((element) => element.tagName === 'style')
        .map(() => page.file),
    );
    const total = cssFiles.reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(
      `CSS: ${cssFiles.length} file(s), ${kb(total)} gzipped ` +
        `(${cssFiles.map((file) => `${file} ${kb(gzipSize(file))}`).join(', ')})`,
    );
    expect(cssFiles.length).toBeGreaterThan(0);
    expect(
      inlineStyles,
      `inline <style> blocks (they escape the budget and the CSP): ${inlineStyles.join(', ')}`,
    ).toEqual([]);
    expect(total, cssFiles.map((file) => `${file}: ${kb(gzipSize(file))}`).join('\n')).toBeLessThanOrEqual(
      BUDGETS.cssTotal,
    );
  });

  it('no page holds an inline script', () => {
    expect(pages.length).toBeGreaterThan(catalogueFiles().length);
    const inline = pages.flatMap((page) =>
      scriptsOf(page)
        .filter((script) => !script.src)
        .map(() => page.file),
    );
    expect(inline, inline.join('\n')).toEqual([]);
  });

  it(`every page but the browse page loads only the bootstrap script, at most ${kb(BUDGETS.bootstrap)}`, () => {
    const content = pages.filter((page) => page.file !== 'certifications/index.html');
    const loaded = new Set(content.flatMap((page) => scriptsOf(page).map((script) => script.src ?? '')));
    expect([...loaded]).toHaveLength(1);
    const size = upFront([...loaded]);
    console.log(`bootstrap script: ${kb(size)} with what it imports up front`);
    expect(size).toBeLessThanOrEqual(BUDGETS.bootstrap);
    expect(content.filter((page) => pageTypeOf(pathOfFile(page.file)) === 'certification').length).toBe(
      catalogueFiles().length,
    );
  });

  it(`the browse page loads at most ${kb(BUDGETS.browsePage)} of the site's own JavaScript`, () => {
    const browse = pages.find((page) => page.file === 'certifications/index.html');
    const scripts = scriptsOf(browse!).map((script) => script.src ?? '');
    expect(scripts.length).toBe(2);
    const own = upFront(scripts);
    const pagefind = listFiles(root)
      .filter((file) => /^pagefind\/(pagefind\.js|wasm\.en\.pagefind|pagefind-entry\.json)$/.test(file))
      .reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(`browse page: ${kb(own)} of the site's JavaScript; Pagefind's runtime ${kb(pagefind)} (not counted)`);
    expect(own).toBeLessThanOrEqual(BUDGETS.browsePage);
  });
});

/** The gzipped size of scripts and every module they import statically, each file counted once. */
function upFront(sources: readonly string[]): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(path.posix.join(path.posix.dirname(file), imported ?? ''));
    }
  };
  for (const source of sources) visit(source.slice(TEST_SITES.root.basePath.length));
  return [...seen].reduce((sum, file) => sum + gzipSize(file), 0);
}
