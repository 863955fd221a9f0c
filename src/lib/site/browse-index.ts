/**
 * The compact browse index the browse page loads (`/api/browse-index.json`): every certification's
 * result facts, facet values (as indexes into one list of slugs per facet) and sort keys, from the
 * same records the search index holds. It lets the browser filter and count without a server.
 */
import type { BrowseIndex } from '../browse/engine';
import { resultFactsOf, SORT_KEYS } from '../browse/engine';
import { FACETS } from '../browse/facets';
import type { Catalogue } from '../catalogue/catalogue';
import { facetOptions } from '../catalogue/facet-values';
import { searchRecordOf } from './search-record';

/** The browse index of a catalogue; entries in title order, as the catalogue holds them. */
export function browseIndex(catalogue: Catalogue): BrowseIndex {
  const options = facetOptions(catalogue);
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, options[facet].map((option) => option.slug)]),
  ) as BrowseIndex['facets'];
  const positions = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(facets[facet].map((slug, position) => [slug, position]))]),
  );
  return {
    facets,
    entries: catalogue.certifications.map((certification, nameRank) => {
      const { filters, sort, meta } = searchRecordOf(certification, nameRank);
      return {
        slug: certification.slug,
        ...resultFactsOf(certification.title, meta),
        values: FACETS.map((facet) => filters[facet].flatMap((slug) => positions[facet]?.get(slug) ?? [])),
        sort: SORT_KEYS.map((key) => sort[key] ?? 0),
      };
    }),
  };
}
