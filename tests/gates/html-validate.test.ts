/**
 * Every HTML file of every test build is valid HTML under html-validate's recommended rules. Rules
 * turned off, and why:
 * - `void-style` (.htmlvalidate.json): a style preference, not validity. MDX writes void elements
 *   self-closed (`<hr/>`), Astro writes them bare (`<meta>`); both are valid HTML.
 * - `long-title`, for the edge-case build only: html-validate counts character references as written,
 *   so a hostile title full of `&quot;` and `&lt;` reads as longer than it is. The 70-character limit
 *   is still enforced on the catalogue builds and by the `documentTitle` unit tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/built-pages';
import { htmlErrors } from '../support/html-validate';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

// The base-path build, the root build's markup with other URLs, is validated by the Nu HTML Checker (nu-html.test.ts).
const OVERRIDES = { root: {}, edge: { rules: { 'long-title': 'off' } } } as const;

describe.each(sitesOfTier(['root', 'edge'] as const))('HTML of the %s build', (name) => {
  it('has no html-validate errors', async () => {
    const { files, errors } = await htmlErrors(name, OVERRIDES[name]);
    console.log(`${name}: ${files} HTML files validated`);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('text around links', () => {
  // Astro drops the line break between a word and a link on the next line of a template, gluing them
  // ("bycategory"); a template needs {' '} there. Prose of Markdown bodies is not affected.
  it('never glues a word to the link next to it', () => {
    const root = siteDir(sitesOfTier(['root', 'edge'] as const)[0]!);
    const glued = listFiles(root)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        [...readFileSync(path.join(root, file), 'utf8').matchAll(/\w{2,}<a\b[^>]*>\w+|<\/a>\w{2,}/g)].map(
          (match) => `${file}: ${match[0]}`,
        ),
      );
    expect(glued.slice(0, 10)).toEqual([]);
  });
});
