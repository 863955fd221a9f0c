/** The in-page engine against a plain, obviously right filter over the same entries. */
import { describe, expect, it } from 'vitest';
import { countedSearch, type FilterQuery } from '../../src/lib/browse/counts';
import { createEngine, type BrowseEntry, type BrowseIndex } from '../../src/lib/browse/engine';
import { FACETS } from '../../src/lib/browse/facets';
import { emptyState, toggled } from '../../src/lib/browse/state';

const facets: BrowseIndex['facets'] = {
  category: ['ai', 'cloud', 'data'],
  level: ['beginner', 'intermediate', 'advanced', 'expert'],
  provider: ['acme', 'globex'],
  kind: ['certification', 'paper'],
  delivery: ['online-proctored', 'test-centre'],
  language: ['english', 'japanese'],
  fee: ['free', 'under-100', '300-499'],
  validity: ['no-expiry', '3-years-or-more'],
  status: ['active', 'retiring', 'retired'],
  checked: ['within-6-months', 'within-12-months', 'older-or-never'],
};

/** 70 entries (more than two 32-bit words), their values spread by position. */
const entries: BrowseEntry[] = Array.from({ length: 70 }, (_, position) => ({
  card: {
    slug: `cert-${position}`,
    url: `/cert-${position}/`,
    title: `Cert ${position}`,
    provider: '',
    level: '',
    levelSlug: '',
    facts: [],
    checked: '',
  },
  values: [
    position % 5 === 0 ? [0, 1] : [position % 3],
    [position % 4],
    [position % 2],
    [position % 6 === 0 ? 1 : 0],
    position % 7 === 0 ? [] : [position % 2],
    position % 4 === 0 ? [0, 1] : position % 3 === 0 ? [] : [0],
    [position % 3],
    [position % 2],
    [position % 11 === 0 ? 2 : position % 13 === 0 ? 1 : 0],
    [position % 9 === 0 ? 0 : 1],
  ],
  sort: [position, (position * 37) % 101, 90 + (position % 4) * 30, position % 6 === 0 ? -1 : position % 5],
}));
const index: BrowseIndex = { facets, entries };
const engine = createEngine(index);

function plainSearch(filters: FilterQuery): number[] {
  return entries.flatMap((entry, position) =>
    FACETS.every((facet, facetIndex) => {
      const wanted = filters[facet]?.any;
      return !wanted || entry.values[facetIndex]!.some((value) => wanted.includes(facets[facet][value]!));
    })
      ? [position]
      : [],
  );
}

describe('the browse engine', () => {
  it('finds what a plain filter finds, for single and several options and facets', () => {
    const queries: FilterQuery[] = [
      {},
      { level: { any: ['advanced'] } },
      { category: { any: ['ai', 'data'] }, provider: { any: ['globex'] } },
      { status: { any: ['active', 'retiring'] }, fee: { any: ['free'] }, delivery: { any: ['test-centre'] } },
      { category: { any: ['nothing-like-this'] } },
    ];
    for (const query of queries) {
      const outcome = engine(query);
      const expected = plainSearch(query);
      expect(outcome.count, JSON.stringify(query)).toBe(expected.length);
      expect(outcome.results().sort((a, b) => a - b)).toEqual(expected);
    }
  });

  it('counts each value among the results', () => {
    const query: FilterQuery = { provider: { any: ['acme'] } };
    const outcome = engine(query);
    const matching = plainSearch(query);
    for (const [facetIndex, facet] of FACETS.entries()) {
      facets[facet].forEach((slug, value) => {
        const expected = matching.filter((position) => entries[position]!.values[facetIndex]!.includes(value)).length;
        expect(outcome.filters[facet]?.[slug], `${facet}=${slug}`).toBe(expected);
      });
    }
  });

  it('sorts by each key in its direction, ties by title order', () => {
    const byFee = engine({}, 'fee').results();
    expect(byFee.map((position) => entries[position]!.sort[1])).toEqual(
      [...byFee.map((position) => entries[position]!.sort[1])].sort((a, b) => a! - b!),
    );
    const byValidity = engine({}, 'validity')
      .results()
      .map((position) => entries[position]!.sort[3]!);
    expect(byValidity).toEqual([...byValidity].sort((a, b) => b - a));
    expect(engine({}, 'name').results()).toEqual(entries.map((_, position) => position));
  });

  it('gives countedSearch the same counts as ticking each option would', async () => {
    const state = toggled(toggled(emptyState(), 'category', 'ai'), 'level', 'beginner');
    const { counts } = await countedSearch(state, (filters) => Promise.resolve(engine(filters)));
    for (const slug of facets.level) {
      const only = { ...state, filters: { ...state.filters, level: [slug] } };
      const { main } = await countedSearch(only, (filters) => Promise.resolve(engine(filters)));
      expect(counts.level[slug], slug).toBe(main.count);
    }
  });
});
