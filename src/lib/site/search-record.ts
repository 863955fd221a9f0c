/**
 * What the search index holds of a certification page besides its text: its value in every facet
 * (filters), its sort keys, and the few facts the search box shows beside a result (metadata). The
 * certification page writes them as `data-pagefind-*` attributes. The browse page draws its result
 * cards from the browse index by slug, not from this record.
 */
import type { Certification } from '../catalogue/catalogue';
import { facetValuesOf, sortKeysOf } from '../catalogue/facet-values';
import type { FacetId } from '../browse/facets';
import { cardFacts } from './facts';

export interface SearchRecord {
  filters: Record<FacetId, string[]>;
  sort: Record<string, number>;
  /** Shown beside a result in the search box; the title comes from the page's heading. */
  meta: Record<string, string>;
}

/** The record of a certification; `nameRank` is its place in the catalogue's title order. */
export function searchRecordOf(certification: Certification, nameRank: number): SearchRecord {
  const fee = cardFacts(certification).find((fact) => fact.id === 'fee');
  return {
    filters: facetValuesOf(certification),
    sort: sortKeysOf(certification, nameRank),
    meta: {
      provider: certification.providerLink.name,
      level: certification.level,
      fee: fee?.text ?? '',
    },
  };
}
