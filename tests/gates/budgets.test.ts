/**
 * Size budgets, gzipped, on every page of the build of the published catalogue. Every failure names
 * the file.
 * - every HTML page fits the first round trip: 14 KB;
 * - all CSS together: 12 KB;
 * - no page ships JavaScript: the site has no interactive page yet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attribute, builtPages, elements, listFiles } from '../support/built-pages';
import { catalogueFiles } from '../support/catalogue-files';
import { TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';

const KB = 1024;
export const BUDGETS = { htmlPage: 14 * KB, cssTotal: 12 * KB };

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

  it('every page ships 0 bytes of JavaScript', () => {
    expect(pages.length).toBeGreaterThan(catalogueFiles().length);
    const offenders = pages.flatMap((page) =>
      scriptsOf(page).map(
        (script) => `${page.file}: ${script.src ?? `inline script of ${script.inline.length} characters`}`,
      ),
    );
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});
