/**
 * Size budgets, gzipped, on every page of the build of the published catalogue. Every failure names
 * the file.
 * - every HTML page fits the first round trip: 14 KB;
 * - all CSS together: 12 KB;
 * - no inline script; every page but the browse, compare, guide and My plan pages loads only the
 *   bootstrap script (with what it imports up front): 1.5 KB; each module it loads when the student asks
 *   (search, the compare tray, a certification's plan control): 10 KB; the browse, compare, guide and My
 *   plan pages at most 30 KB of the site's own JavaScript each (Pagefind's files, loaded from /pagefind/,
 *   are reported, not counted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, pathOfFile } from '../support/page-types';
import { attribute, builtPages, elements, isMovedPage, listFiles } from '../support/built-pages';
import { catalogueFiles } from '../support/catalogue-files';
import { TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';

const KB = 1024;
export const BUDGETS = {
  htmlPage: 14 * KB,
  cssTotal: 12 * KB,
  bootstrap: 1.5 * KB,
  onDemand: 10 * KB,
  appPage: 30 * KB,
};

/** The pages that load a script of their own besides the bootstrap. */
const APP_PAGES = ['certifications/index.html', 'compare/index.html', 'guide/index.html', 'my-plan/index.html'];

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
      onDemand: element.attrs.filter((attr) => attr.name.startsWith('data-')).map((attr) => attr.value),
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

  it(`every other page loads only the bootstrap script, at most ${kb(BUDGETS.bootstrap)}`, () => {
    const content = pages.filter((page) => !APP_PAGES.includes(page.file));
    const loaded = new Set(content.flatMap((page) => scriptsOf(page).map((script) => script.src ?? '')));
    expect([...loaded]).toHaveLength(1);
    const size = upFront([...loaded]);
    console.log(`bootstrap script: ${kb(size)} with what it imports up front`);
    expect(size).toBeLessThanOrEqual(BUDGETS.bootstrap);
    const onDemand = [...new Set(content.flatMap((page) => scriptsOf(page).flatMap((script) => script.onDemand)))];
    expect(onDemand.length).toBeGreaterThanOrEqual(3);
    const sizes = onDemand.map((source) => ({ source, size: upFront([source]) }));
    console.log(
      `loaded when asked: ${sizes.map(({ source, size }) => `${path.basename(source)} ${kb(size)}`).join(', ')}`,
    );
    for (const { source, size: moduleSize } of sizes) expect(moduleSize, source).toBeLessThanOrEqual(BUDGETS.onDemand);
    // Every certification has its page; the pages at old addresses (merged entries) come on top.
    const certificationPages = content.filter(
      (page) => pageTypeOf(pathOfFile(page.file)) === 'certification' && !isMovedPage(page.html),
    );
    expect(certificationPages.length).toBe(catalogueFiles().length);
  });

  it.each(APP_PAGES)(`%s loads at most ${kb(BUDGETS.appPage)} of the site's own JavaScript`, (file) => {
    const app = pages.find((page) => page.file === file);
    const scripts = scriptsOf(app!).map((script) => script.src ?? '');
    expect(scripts.length).toBe(2);
    const own = upFront(scripts);
    const pagefind = listFiles(root)
      .filter((name) => /^pagefind\/(pagefind\.js|wasm\.en\.pagefind|pagefind-entry\.json)$/.test(name))
      .reduce((sum, name) => sum + gzipSize(name), 0);
    console.log(`${file}: ${kb(own)} of the site's JavaScript; Pagefind's runtime ${kb(pagefind)} (not counted)`);
    expect(own).toBeLessThanOrEqual(BUDGETS.appPage);
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
