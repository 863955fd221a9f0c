/** The providers whose certifications are enough for a map of their own, for the map's provider filter. */
import type { Catalogue, TermGroup, TermLink } from '../catalogue/catalogue';

const currentCount = (group: TermGroup) => group.certifications.filter((certification) => certification.current).length;

/** The provider groups with at least `minimum` current certifications (the map leaves retired ones off), by name. */
export function mappedProviders(catalogue: Catalogue, minimum: number): TermGroup[] {
  return catalogue.providers.filter((group) => currentCount(group) >= minimum);
}

/** The same providers as links, each with its count, for the filter. */
export function providerMapLinks(catalogue: Catalogue, minimum: number): (TermLink & { count: number })[] {
  return mappedProviders(catalogue, minimum).map((group) => ({
    slug: group.slug,
    name: group.name,
    count: currentCount(group),
  }));
}
