/**
 * Faceted counts against an in-memory search over a small catalogue: each option's count must be the
 * number of results the student would see by ticking it.
 */
import { describe, expect, it } from 'vitest';
import { countedSearch, filterQuery, type FilterQuery, type SearchOutcome } from '../../src/lib/browse/counts';
import { FACETS, type FacetId } from '../../src/lib/browse/facets';
import { emptyState, toggled, type BrowseState } from '../../src/lib/browse/state';

type Record_ = Record<FacetId, string[]>;
const record = (values: Partial<Record_>): Record_ => ({
  category: [],
  level: [],
  provider: [],
  kind: ['certification'],
  delivery: [],
  language: [],
  fee: [],
  validity: [],
  status: ['active'],
  checked: ['older-or-never'],
  ...values,
});
const CATALOGUE: Record_[] = [
  record({ category: ['cloud'], level: ['beginner'], fee: ['under-100'] }),
  record({ category: ['cloud', 'ai'], level: ['advanced'], fee: ['300-499'] }),
  record({ category: ['ai'], level: ['advanced'], fee: ['300-499'] }),
  record({ category: ['security'], level: ['expert'], fee: ['500-plus'] }),
  record({ category: ['cloud'], level: ['advanced'], status: ['retired'] }),
];

/** A search as Pagefind answers it: the matching records, and each filter value's count among them. */
async function search(filters: FilterQuery): Promise<SearchOutcome> {
  const matches = CATALOGUE.filter((entry) =>
    Object.entries(filters).every(([facet, { any }]) => entry[facet as FacetId].some((value) => any.includes(value))),
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const entry of matches) {
    for (const facet of FACETS)
      for (const value of entry[facet]) (counts[facet] ??= {})[value] = (counts[facet]![value] ?? 0) + 1;
  }
  return { count: matches.length, filters: counts };
}

describe('filterQuery', () => {
  it('hides retired certifications unless a status is chosen, and leaves one facet out on request', () => {
    expect(filterQuery(emptyState())).toEqual({ status: { any: ['active', 'retiring'] } });
    const state = toggled(emptyState(), 'level', 'advanced');
    expect(filterQuery(state, 'level')).toEqual({ status: { any: ['active', 'retiring'] } });
    expect(filterQuery(toggled(state, 'status', 'retired'))).toEqual({
      level: { any: ['advanced'] },
      status: { any: ['retired'] },
    });
  });
});

describe('countedSearch', () => {
  const countsOf = async (state: BrowseState) => (await countedSearch(state, search)).counts;

  it('counts every option of an untouched catalogue, retired ones only under status', async () => {
    const counts = await countsOf(emptyState());
    expect(counts.level).toEqual({ beginner: 1, advanced: 2, expert: 1 });
    expect(counts.status).toEqual({ active: 4, retired: 1 });
  });

  it('gives each option of a ticked facet the count it would have if ticked too (OR within a facet)', async () => {
    const state = toggled(emptyState(), 'level', 'advanced');
    const { main, counts } = await countedSearch(state, search);
    expect(main.count).toBe(2);
    expect(counts.level).toEqual({ beginner: 1, advanced: 2, expert: 1 });
    expect(counts.category).toEqual({ cloud: 1, ai: 2 });
  });

  it('gives each option the results of that option alone, the other facets as they are, for every option', async () => {
    const state = toggled(toggled(emptyState(), 'category', 'cloud'), 'fee', '300-499');
    const { counts } = await countedSearch(state, search);
    for (const facet of FACETS) {
      const values = new Set(CATALOGUE.flatMap((entry) => entry[facet]));
      for (const value of values) {
        const only: BrowseState = { ...state, filters: { ...state.filters, [facet]: [value] } };
        const expected = (await search(filterQuery(only))).count;
        expect(counts[facet][value] ?? 0, `${facet}=${value}`).toBe(expected);
      }
    }
  });

  it('runs one search, plus one per facet that narrows the results', async () => {
    let searches = 0;
    const counting = (filters: FilterQuery) => {
      searches += 1;
      return search(filters);
    };
    await countedSearch(toggled(toggled(emptyState(), 'level', 'advanced'), 'fee', '300-499'), counting);
    expect(searches).toBe(4);
  });
});
