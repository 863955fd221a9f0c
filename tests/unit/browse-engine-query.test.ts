/** The in-page engine with a query: filters and counts over the ranked matches alone, relevance kept. */
import { describe, expect, it } from 'vitest';
import { createEngine, type BrowseEntry, type BrowseIndex } from '../../src/lib/browse/engine';
import { FACETS } from '../../src/lib/browse/facets';

/** One value per facet but status, whose value is each entry's position modulo 2 (active, retired). */
const facets = Object.fromEntries(
  FACETS.map((facet) => [facet, facet === 'status' ? ['active', 'retired'] : ['any']]),
) as BrowseIndex['facets'];
const entries: BrowseEntry[] = Array.from({ length: 40 }, (_, position) => ({
  card: {
    slug: `cert-${position}`,
    url: '',
    title: '',
    provider: '',
    level: '',
    levelSlug: '',
    facts: [],
    checked: '',
  },
  values: FACETS.map((facet) => [facet === 'status' ? position % 2 : 0]),
  // Names sort in reverse, so "by name" and "by relevance" differ.
  sort: [40 - position, 0, 0, 0],
}));
const engine = createEngine({ facets, entries });

describe('the engine with ranked matches', () => {
  it('keeps the ranking under the relevance sort, past the first 32-bit word', () => {
    const ranked = [35, 2, 8, 33];
    const outcome = engine({}, 'relevance', ranked);
    expect(outcome.count).toBe(4);
    expect(outcome.results()).toEqual(ranked);
  });

  it('filters and counts the matches only', () => {
    const outcome = engine({ status: { any: ['active'] } }, 'relevance', [35, 2, 8, 33]);
    expect(outcome.results()).toEqual([2, 8]);
    expect(outcome.filters.status).toEqual({ active: 2, retired: 0 });
  });

  it('sorts the matches by another key when asked', () => {
    expect(engine({}, 'name', [2, 35, 8]).results()).toEqual([35, 8, 2]);
  });

  it('finds nothing for a query that matches nothing', () => {
    expect(engine({}, 'relevance', []).count).toBe(0);
  });
});
