/**
 * Size budgets, gzipped, on the build of the published catalogue. Every failure names the file.
 * - every HTML page fits the first round trip: 14 KB;
 * - all CSS together: 12 KB;
 * - certification, category, provider and level pages ship no JavaScript at all;
 * - any other page (search, browse, compare) at most 30 KB of the site's own JavaScript; Pagefind's
 *   index fragments are not counted but are reported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attribute, builtPages, elements, listFiles } from '../support/built-pages';
import { TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';

const KB = 1024;
export const BUDGETS = { htmlPage: 14 * KB, cssTotal: 12 * KB, ownJavaScriptPerPage: 30 * KB };

const root = siteDir('root');
const pages = builtPages(root, TEST_SITES.root.basePath);
const gzipSize = (file: string) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Pages that must not ship JavaScript: a certification (one path segment) and the term listings. */
function isJavaScriptFreePage(file: string): boolean {
  if (/^(categories|providers|levels)\//.test(file)) return true;
  return /^[a-z0-9-]+\/index\.html$/.test(file);
}

/** Executable scripts of a page: external files and inline code (JSON-LD data blocks are not code). */
function scriptsOf(page: (typeof pages)[number]) {
  return elements(page.document)
    .filter((element) => element.tagName === 'script')
    .filter((element) => !/^application\/(ld\+)?json$/.test(attribute(element, 'type') ?? ''))
    .map((element) => ({ src: attribute(element, 'src'), inline: element.childNodes.map((child) => ('value' in child ? child.value : '')).join('') }));
}

describe('size budgets (gzip)', () => {
  it(`every HTML page is at most ${kb(BUDGETS.htmlPage)}`, () => {
    const sizes = pages.map((page) => ({ file: page.file, size: gzipSize(page.file) })).sort((a, b) => b.size - a.size);
    console.log(`largest HTML pages: ${sizes.slice(0, 3).map(({ file, size }) => `${file} ${kb(size)}`).join(', ')}`);
    const over = sizes.filter(({ size }) => size > BUDGETS.htmlPage).map(({ file, size }) => `${file}: ${kb(size)} > ${kb(BUDGETS.htmlPage)}`);
    expect(over, over.join('\n')).toEqual([]);
  });

  it(`all CSS together is at most ${kb(BUDGETS.cssTotal)}`, () => {
    const cssFiles = listFiles(root).filter((file) => file.endsWith('.css'));
    const inlineStyles = pages.flatMap((page) => elements(page.document).filter((element) => element.tagName === 'style').map(() => page.file));
    const total = cssFiles.reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(`CSS: ${cssFiles.length} file(s), ${kb(total)} gzipped (${cssFiles.map((file) => `${file} ${kb(gzipSize(file))}`).join(', ')})`);
    expect(cssFiles.length).toBeGreaterThan(0);
    expect(inlineStyles, `inline <style> blocks (they escape the budget and the CSP): ${inlineStyles.join(', ')}`).toEqual([]);
    expect(total, cssFiles.map((file) => `${file}: ${kb(gzipSize(file))}`).join('\n')).toBeLessThanOrEqual(BUDGETS.cssTotal);
  });

  it('certification, category, provider and level pages ship 0 bytes of JavaScript', () => {
    const checked = pages.filter((page) => isJavaScriptFreePage(page.file));
    expect(checked.length).toBeGreaterThan(40);
    const offenders = checked.flatMap((page) => scriptsOf(page).map((script) => `${page.file}: ${script.src ?? `inline script of ${script.inline.length} characters`}`));
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it(`other pages ship at most ${kb(BUDGETS.ownJavaScriptPerPage)} of the site's own JavaScript`, () => {
    const pagefindBytes = listFiles(root).filter((file) => file.startsWith('pagefind/')).reduce((sum, file) => sum + gzipSize(file), 0);
    const over: string[] = [];
    for (const page of pages.filter((candidate) => !isJavaScriptFreePage(candidate.file))) {
      const own = scriptsOf(page).filter((script) => !script.src?.includes('/pagefind/'));
      const size = own.reduce((sum, script) => {
        if (!script.src) return sum + gzipSync(script.inline).length;
        const file = script.src.slice(TEST_SITES.root.basePath.length);
        return sum + gzipSize(file);
      }, 0);
      if (size > BUDGETS.ownJavaScriptPerPage) over.push(`${page.file}: ${kb(size)} > ${kb(BUDGETS.ownJavaScriptPerPage)}`);
    }
    console.log(`Pagefind index and fragments (not counted): ${kb(pagefindBytes)}`);
    expect(over, over.join('\n')).toEqual([]);
  });
});
