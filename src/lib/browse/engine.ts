/**
 * Faceted search over the compact browse index, in the browser, without a query: each facet option a
 * bitset over the catalogue, so a search is a few thousand word operations however many certifications
 * there are (Pagefind, which answers text queries, needs a full search per count: hundreds of
 * milliseconds at 10,000 entries). Plain data in, plain data out: unit-tested in Node.
 */
import type { CardView } from '../values/shown-fact';
import type { FilterQuery, SearchOutcome } from './counts';
import { FACETS, type FacetId, type SortId, SORTS } from './facets';

/** One certification in the browse index: its card as the build drew it, its facet values and its sort keys. */
export interface BrowseEntry {
  card: CardView;
  /** For each facet, in `FACETS` order, the indexes of its values in `BrowseIndex.facets`. */
  values: number[][];
  /** The sort keys, in the order of `SORT_KEYS`. */
  sort: number[];
}

/** The browse index: every facet's values by slug, and every certification in title order. */
export interface BrowseIndex {
  facets: Record<FacetId, string[]>;
  entries: BrowseEntry[];
}

/** The sort keys of an entry, in order. */
export const SORT_KEYS = ['name', 'fee', 'length', 'validity'] as const;

/** A search's outcome, with the matching entries in the order asked for, computed when first read. */
export interface EngineOutcome extends SearchOutcome {
  results: () => number[];
}

function popcount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A search function over an index, for `countedSearch`. With a query, `ranked` holds the positions of
 * its matches, best first (src/lib/search/ranking.ts): the filters and counts then run over those
 * alone, and the relevance sort keeps their order.
 */
export function createEngine(
  index: BrowseIndex,
): (filters: FilterQuery, sort?: SortId, ranked?: readonly number[]) => EngineOutcome {
  const size = index.entries.length;
  const words = Math.ceil(size / 32);
  const bitsets = FACETS.map((facet) => index.facets[facet].map(() => new Uint32Array(words)));
  index.entries.forEach((entry, position) => {
    FACETS.forEach((_, facetIndex) => {
      for (const value of entry.values[facetIndex] ?? []) {
        const bitset = bitsets[facetIndex]?.[value];
        if (bitset) bitset[position >>> 5]! |= 1 << (position & 31);
      }
    });
  });
  const everything = new Uint32Array(words).fill(0xffffffff);
  if (size % 32) everything[words - 1] = (1 << (size % 32)) - 1;

  return (filters, sort = 'name', ranked) => {
    const mask = everything.slice();
    if (ranked) {
      mask.fill(0);
      for (const position of ranked) if (position < size) mask[position >>> 5]! |= 1 << (position & 31);
    }
    FACETS.forEach((facet, facetIndex) => {
      const wanted = filters[facet]?.any;
      if (!wanted) return;
      const union = new Uint32Array(words);
      for (const slug of wanted) {
        const bitset = bitsets[facetIndex]?.[index.facets[facet].indexOf(slug)];
        if (bitset) for (let word = 0; word < words; word += 1) union[word]! |= bitset[word]!;
      }
      for (let word = 0; word < words; word += 1) mask[word]! &= union[word]!;
    });
    let count = 0;
    for (let word = 0; word < words; word += 1) count += popcount(mask[word]!);
    const counts: Record<string, Record<string, number>> = {};
    FACETS.forEach((facet, facetIndex) => {
      const facetCounts: Record<string, number> = {};
      index.facets[facet].forEach((slug, value) => {
        const bitset = bitsets[facetIndex]![value]!;
        let matches = 0;
        for (let word = 0; word < words; word += 1) matches += popcount(bitset[word]! & mask[word]!);
        facetCounts[slug] = matches;
      });
      counts[facet] = facetCounts;
    });
    const results = () => {
      if (ranked && sort === 'relevance') {
        return ranked.filter((position) => (mask[position >>> 5]! & (1 << (position & 31))) !== 0);
      }
      const found: number[] = [];
      for (let word = 0; word < words; word += 1) {
        let bits = mask[word]!;
        while (bits) {
          const low = bits & -bits;
          found.push(word * 32 + (31 - Math.clz32(low)));
          bits ^= low;
        }
      }
      const { key, direction } = SORTS[sort];
      const keyIndex = SORT_KEYS.indexOf(key ?? 'name');
      const sign = direction === 'desc' ? -1 : 1;
      const keyOf = (position: number) => index.entries[position]!.sort[keyIndex]!;
      return found.sort((a, b) => sign * (keyOf(a) - keyOf(b)) || a - b);
    };
    return { count, filters: counts, results };
  };
}
