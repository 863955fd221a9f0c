/**
 * The search index holds every certification page and nothing else, whichever path built it: handed over
 * page by page as they render (a cold build), or read from the output (a build from the cache). The
 * build's own count, Pagefind's count and the pages that carry `data-pagefind-body` agree; in the
 * catalogue build, that is one page per certification file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';
import { builtPages } from '../support/built-pages';
import { catalogueFiles } from '../support/catalogue-files';
import { buildLogOf, TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

/** The line the search integration logs when it has written the index. */
const INDEX_LINE = /Search index: (\d+) pages \(\d+ files read from the output\)/;

const SITES = sitesOfTier(['root', 'edge', 'edge-edited-warm'] as const);

describe.each(SITES)('the search index of the %s build', (name) => {
  it('counts every certification page once, as Pagefind does', () => {
    const log = readFileSync(path.join(PROJECT_ROOT, buildLogOf(name)), 'utf8');
    const [, logged] = INDEX_LINE.exec(log) ?? [];
    expect(logged, `${buildLogOf(name)} has no "Search index" line`).toBeDefined();
    const entry = JSON.parse(readFileSync(path.join(siteDir(name), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const marked = builtPages(siteDir(name), TEST_SITES[name].basePath).filter((page) =>
      page.html.includes('data-pagefind-body'),
    ).length;
    expect(marked).toBeGreaterThan(0);
    // The log counts what Pagefind wrote; the pages are counted here from the output.
    expect(Number(logged)).toBe(marked);
    expect(indexed).toBe(marked);
    if (name === 'root') expect(marked).toBe(catalogueFiles().length);
  });
});
