/**
 * Security gates over every page of every test build: Astro's hashed CSP in each page, nothing inline
 * that the CSP would have to allow, the `_headers` file for Netlify and Cloudflare Pages, and
 * `rel="noopener noreferrer"` on every external link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/harness/static-server';
import { attribute, builtPages, elements, lineOf } from '../support/built-pages';
import { TEST_SITE_URL, TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

/** Directives of a CSP string, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.each(sitesOfTier(['root', 'base', 'edge'] as const))('security of the %s build', (name) => {
  const pages = builtPages(siteDir(name), TEST_SITES[name].basePath);

  it('every page carries a hashed Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const page of pages) {
      const meta = elements(page.document).find(
        (element) =>
          element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      if (!meta) {
        problems.push(`${page.file}: no CSP meta tag`);
        continue;
      }
      const policy = directives(attribute(meta, 'content') ?? '');
      for (const directive of ['script-src', 'style-src']) {
        const values = policy.get(directive) ?? [];
        if (!values.includes("'self'")) problems.push(`${page.file}: ${directive} lacks 'self'`);
        if (values.some((value) => value === "'unsafe-inline'" || value === "'unsafe-eval'"))
          problems.push(`${page.file}: ${directive} allows ${values.join(' ')}`);
      }
      // Pagefind's search is WebAssembly: 'wasm-unsafe-eval' lets it compile, and allows nothing else.
      const extra = (policy.get('script-src') ?? []).filter(
        (value) => value !== "'self'" && !/^'sha(256|384|512)-/.test(value),
      );
      if (extra.join(' ') !== "'wasm-unsafe-eval'")
        problems.push(`${page.file}: script-src also allows ${extra.join(' ')}`);
      if (policy.get('object-src')?.[0] !== "'none'") problems.push(`${page.file}: object-src is not 'none'`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no page holds inline styles, event-handler attributes or executable inline scripts', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const element of elements(page.document)) {
        const where = `${page.file}:${lineOf(element)}: <${element.tagName}>`;
        for (const { name: attributeName } of element.attrs) {
          if (/^on/i.test(attributeName)) problems.push(`${where} has ${attributeName}`);
          if (attributeName === 'style') problems.push(`${where} has a style attribute`);
        }
        if (element.tagName === 'style') problems.push(`${where} is an inline stylesheet`);
        if (
          element.tagName === 'script' &&
          !attribute(element, 'src') &&
          attribute(element, 'type') !== 'application/ld+json'
        )
          problems.push(`${where} is an inline script`);
        const href = attribute(element, 'href') ?? attribute(element, 'src') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(href) && element.tagName !== 'img')
          problems.push(`${where} links to ${href}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every external link has rel="noopener noreferrer"', () => {
    const problems: string[] = [];
    let external = 0;
    for (const page of pages) {
      for (const element of elements(page.document).filter((candidate) => candidate.tagName === 'a')) {
        const href = attribute(element, 'href') ?? '';
        if (!/^(https?:)?\/\//i.test(href) || href.startsWith(TEST_SITE_URL)) continue;
        external += 1;
        const rel = (attribute(element, 'rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          problems.push(`${page.file}:${lineOf(element)}: <a href="${href}" rel="${rel.join(' ')}">`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile(
    readFileSync(path.join(siteDir(sitesOfTier(['root', 'edge'] as const)[0]!), '_headers'), 'utf8'),
  );
  const headersFor = (urlPath: string) =>
    new Map(
      rules
        .filter((rule) => rule.pattern.test(urlPath))
        .flatMap((rule) => rule.headers.map(([key, value]) => [key.toLowerCase(), value] as const)),
    );

  it('sends a strict CSP, nosniff, a referrer policy and a permissions policy with every page', () => {
    const headers = headersFor('/isc2-cissp/');
    const policy = directives(headers.get('content-security-policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('caches the hashed build assets for a year, and nothing else', () => {
    expect(headersFor('/_astro/style.abc123.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/isc2-cissp/').get('cache-control')).toBeUndefined();
  });
});
