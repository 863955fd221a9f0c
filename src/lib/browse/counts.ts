/**
 * Faceted counts. Options within a facet are OR, facets are AND, and each option's count is the
 * number of results the student would get by ticking it, the other facets as they are. So a facet
 * with ticked options is counted by one more search that leaves that facet out; the others come from
 * the main search. Status always filters (retired certifications are hidden until asked for), so it
 * is always counted by its own search.
 */
import { DEFAULT_STATUSES, FACETS, type FacetId } from './facets';
import type { BrowseState } from './state';

/** Filters as Pagefind takes them: for each facet, any of these values. */
export type FilterQuery = Partial<Record<FacetId, { any: string[] }>>;

/** What a search tells the counts: the results' count, and per facet the count of each value among them. */
export interface SearchOutcome {
  count: number;
  filters: Partial<Record<string, Record<string, number>>>;
}

/** One search: the query words of the state, these filters. */
export type Search<Outcome extends SearchOutcome> = (filters: FilterQuery) => Promise<Outcome>;

/** The filters of a state, leaving out one facet when counting that facet's options. */
export function filterQuery(state: BrowseState, except?: FacetId): FilterQuery {
  const query: FilterQuery = {};
  for (const facet of FACETS) {
    if (facet === except) continue;
    const values =
      facet === 'status' && state.filters.status.length === 0 ? [...DEFAULT_STATUSES] : state.filters[facet];
    if (values.length > 0) query[facet] = { any: values };
  }
  return query;
}

/** True when a facet narrows the results, so its counts need a search of their own. */
function filtersResults(state: BrowseState, facet: FacetId): boolean {
  return facet === 'status' || state.filters[facet].length > 0;
}

export interface CountedSearch<Outcome extends SearchOutcome> {
  /** The results the state asks for. */
  main: Outcome;
  /** For each facet, the count of each option if it were ticked. */
  counts: Record<FacetId, Record<string, number>>;
}

/** The main search and every facet's counts: one search, plus one per facet that narrows the results. */
export async function countedSearch<Outcome extends SearchOutcome>(
  state: BrowseState,
  search: Search<Outcome>,
): Promise<CountedSearch<Outcome>> {
  const narrowing = FACETS.filter((facet) => filtersResults(state, facet));
  const [main, ...others] = await Promise.all([
    search(filterQuery(state)),
    ...narrowing.map((facet) => search(filterQuery(state, facet))),
  ]);
  const counts = Object.fromEntries(
    FACETS.map((facet) => {
      const index = narrowing.indexOf(facet);
      const source = index === -1 ? main : others[index];
      return [facet, { ...(source?.filters[facet] ?? {}) }];
    }),
  ) as Record<FacetId, Record<string, number>>;
  if (!main) throw new Error('the main search gave nothing');
  return { main, counts };
}
