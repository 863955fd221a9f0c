/**
 * What the search box and the browse page share to answer a query: the search index of names and codes
 * (`/api/search-index.json`, loaded once, on the first query) and the certifications whose page text
 * matches (Pagefind), ranked by the one ranking of src/lib/search/ranking.ts.
 */
import { createSearch, type CertificationSearch } from '../lib/search/ranking';
import { SLUG_FILTER, type SearchDocument } from '../lib/search/document';
import { loadPagefind } from './pagefind';

let loading: Promise<CertificationSearch> | undefined;

/** The search over the site's index under `base`, loaded and built once. */
export function loadSearch(base: string): Promise<CertificationSearch> {
  loading ??= (async () => {
    const response = await fetch(`${base}api/search-index.json`);
    if (!response.ok) throw new Error(`the search index answered ${response.status}`);
    return createSearch((await response.json()) as SearchDocument[]);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** What Pagefind finds in the pages' text: every matching slug, and the excerpts of its best few. */
export interface TextMatches {
  slugs: string[];
  /** The highlighted excerpt of each of the first `count` results, by slug. */
  excerpts: (count: number) => Promise<Map<string, string>>;
}

/** The slug at the end of a certification page's address. */
function slugOfUrl(url: string): string {
  return url.replace(/\/$/, '').split('/').pop() ?? '';
}

/** The certifications whose page text matches `query` (Pagefind, after a build; it fails in `astro dev`). */
export async function textMatches(base: string, query: string): Promise<TextMatches> {
  const pagefind = await loadPagefind(base);
  // A search counts only the filters whose index is loaded; loading them once makes the slug filter count.
  await pagefind.filters();
  const response = await pagefind.search(query);
  const slugs = Object.entries(response?.filters[SLUG_FILTER] ?? {})
    .filter(([, count]) => count > 0)
    .map(([slug]) => slug);
  const results = response?.results ?? [];
  return {
    slugs,
    excerpts: async (count) => {
      const shown = await Promise.all(results.slice(0, count).map((result) => result.data()));
      return new Map(shown.map((data) => [slugOfUrl(data.url), data.excerpt]));
    },
  };
}
