/**
 * What the search index holds of a certification page besides its text: its value in every facet
 * (filters), its sort keys, and the facts a result shows (metadata). The certification page writes
 * them as `data-pagefind-*` attributes; the browser and the search box read them back.
 */
import type { Certification } from '../catalogue/catalogue';
import { facetValuesOf, sortKeysOf } from '../catalogue/facet-values';
import type { FacetId } from '../browse/facets';
import { levelSlug } from '../fields/level';
import { formatStatus } from '../fields/status';
import { formatKind } from '../values/kinds';
import { encodeFee } from '../values/money';
import { cardFacts } from './facts';
import { checkAgeText } from '../catalogue/verification';

export interface SearchRecord {
  filters: Record<FacetId, string[]>;
  sort: Record<string, number>;
  /** Shown on a result; the title comes from the page's heading. */
  meta: Record<string, string>;
}

/** The record of a certification; `nameRank` is its place in the catalogue's title order. */
export function searchRecordOf(certification: Certification, nameRank: number): SearchRecord {
  const facts = Object.fromEntries(cardFacts(certification).map((fact) => [fact.id, fact.text]));
  return {
    filters: facetValuesOf(certification),
    sort: sortKeysOf(certification, nameRank),
    meta: {
      provider: certification.providerLink.name,
      level: certification.level,
      levelSlug: levelSlug(certification.level),
      description: certification.shortDescription,
      fee: facts.fee ?? '',
      ...(certification.cost.total && { feeData: encodeFee(certification.cost.total) }),
      duration: facts.duration ?? '',
      validity: facts.validity ?? '',
      checked: checkAgeText(certification),
      ...(certification.status !== 'active' && { status: formatStatus(certification.status) }),
      ...(certification.kind !== 'certification' && { kind: formatKind(certification.kind) }),
    },
  };
}
