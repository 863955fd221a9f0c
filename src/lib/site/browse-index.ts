/**
 * The compact browse index the browse page loads (`/api/browse-index.json`): every certification's
 * card (the view listing pages render), facet values (as indexes into one list of slugs per facet) and
 * sort keys, from the same records the search index holds. It lets the browser filter, count and draw
 * results without a server, and without formatting a fact itself.
 */
import type { BrowseIndex } from '../browse/engine';
import { SORT_KEYS } from '../browse/engine';
import { FACETS } from '../browse/facets';
import type { Catalogue } from '../catalogue/catalogue';
import { facetOptions } from '../catalogue/facet-values';
import { cardView } from './card';
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
      const { filters, sort } = searchRecordOf(certification, nameRank);
      return {
        card: cardView(certification),
        values: FACETS.map((facet) => filters[facet].flatMap((slug) => positions[facet]?.get(slug) ?? [])),
        sort: SORT_KEYS.map((key) => sort[key] ?? 0),
      };
    }),
  };
}
