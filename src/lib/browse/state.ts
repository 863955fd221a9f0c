/**
 * The browse page's state and its URL, both ways. The URL is the state: a reload, a shared link and
 * the back button show the same view. Values the page does not know are dropped and reported, never
 * trusted: they are shown as text in a note and go nowhere else.
 */
import { FACET_ALIASES, FACETS, SORTS, type FacetId, type SortId } from './facets';

export interface BrowseState {
  /** The search words; empty for a filter-only browse. */
  query: string;
  /** Ticked options of each facet, by slug, in URL order. */
  filters: Record<FacetId, string[]>;
  sort: SortId;
  /** 1-based. */
  page: number;
}

/** What the URL held that the page ignored: a facet value, a sort or a page it does not know. */
export interface IgnoredValue {
  parameter: string;
  value: string;
}

/** The options each facet knows, by slug. */
export type KnownOptions = Readonly<Record<FacetId, ReadonlySet<string>>>;

/** The default view: every certification, by name. */
export function emptyState(): BrowseState {
  return { query: '', filters: emptyFilters(), sort: 'name', page: 1 };
}

function emptyFilters(): Record<FacetId, string[]> {
  return Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<FacetId, string[]>;
}

/** The most characters of a query the page keeps. */
const MAX_QUERY_LENGTH = 200;

/** Reads a state from a query string (`?q=…&category=cloud,devops&sort=fee&page=2`). */
export function stateFromUrl(search: string, known: KnownOptions): { state: BrowseState; ignored: IgnoredValue[] } {
  const parameters = new URLSearchParams(search);
  const state = emptyState();
  const ignored: IgnoredValue[] = [];
  state.query = (parameters.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) {
    const values = (parameters.get(facet) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    const aliases = FACET_ALIASES[facet] ?? {};
    for (const value of new Set(values.flatMap((value) => aliases[value] ?? [value]))) {
      if (known[facet].has(value)) state.filters[facet].push(value);
      else ignored.push({ parameter: facet, value });
    }
  }
  const sort = parameters.get('sort');
  if (sort !== null && sort !== '') {
    if (sort in SORTS && (sort !== 'relevance' || state.query)) state.sort = sort as SortId;
    else ignored.push({ parameter: 'sort', value: sort });
  } else if (state.query) {
    state.sort = 'relevance';
  }
  const page = parameters.get('page');
  if (page !== null && page !== '') {
    if (/^[1-9]\d{0,4}$/.test(page)) state.page = Number(page);
    else ignored.push({ parameter: 'page', value: page });
  }
  return { state, ignored };
}

/** The query string of a state, with only what differs from the default, in a stable order. */
export function urlFromState(state: BrowseState): string {
  const parameters = new URLSearchParams();
  if (state.query) parameters.set('q', state.query);
  for (const facet of FACETS) {
    if (state.filters[facet].length > 0) parameters.set(facet, state.filters[facet].join(','));
  }
  const defaultSort: SortId = state.query ? 'relevance' : 'name';
  if (state.sort !== defaultSort) parameters.set('sort', state.sort);
  if (state.page > 1) parameters.set('page', String(state.page));
  const text = parameters.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** A copy of the state with one option ticked or unticked; any change of filters goes back to page 1. */
export function toggled(state: BrowseState, facet: FacetId, slug: string): BrowseState {
  const current = state.filters[facet];
  const values = current.includes(slug) ? current.filter((value) => value !== slug) : [...current, slug];
  return { ...state, filters: { ...state.filters, [facet]: values }, page: 1 };
}

/** True when the state filters or searches anything. */
export function isFiltered(state: BrowseState): boolean {
  return state.query !== '' || FACETS.some((facet) => state.filters[facet].length > 0);
}
