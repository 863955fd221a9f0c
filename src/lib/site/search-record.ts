/**
 * What the search index holds of a certification page besides its text: its value in every facet
 * (filters) and its sort keys. The certification page writes them as `data-pagefind-*` attributes, and
 * the browse index reuses them. Results are drawn from the browse and search indexes by slug, never
 * from this record.
 */
import type { Certification } from '../catalogue/catalogue';
import { facetValuesOf, sortKeysOf } from '../catalogue/facet-values';
import type { FacetId } from '../browse/facets';

export interface SearchRecord {
  filters: Record<FacetId, string[]>;
  sort: Record<string, number>;
}

/** The record of a certification; `nameRank` is its place in the catalogue's title order. */
export function searchRecordOf(certification: Certification, nameRank: number): SearchRecord {
  return {
    filters: facetValuesOf(certification),
    sort: sortKeysOf(certification, nameRank),
  };
}
