/**
 * The public JSON API: every certification's facts as typed data, for tools and for the site's own
 * client-side features. Every field of the schema appears, in schema order, `null` when a file leaves
 * it out; it changes shape only with a new version number.
 */
import type { Catalogue, Certification } from '../catalogue/catalogue';
import { CERTIFICATION_DATA_KEYS, type CertificationData } from '../schema';

/** Bump when a field is removed or changes meaning; adding a field keeps the version. */
export const API_VERSION = 1;

/** Where a fact's API value differs from its typed value: names resolved to links, `link` named for what it is. */
const API_FACTS: Partial<
  Record<keyof CertificationData, { name: string; value: (certification: Certification) => unknown }>
> = {
  provider: { name: 'provider', value: (certification) => certification.providerLink },
  categories: { name: 'categories', value: (certification) => certification.categoryLinks },
  link: { name: 'officialLink', value: (certification) => certification.link },
};

/** One certification in the API: its page, then every fact. */
export function apiCertification(
  certification: Certification,
  pageUrl: (slug: string) => string,
): Record<string, unknown> {
  const facts = CERTIFICATION_DATA_KEYS.map((key) => {
    const special = API_FACTS[key];
    return [special?.name ?? key, (special ? special.value(certification) : certification[key]) ?? null];
  });
  return { slug: certification.slug, url: pageUrl(certification.slug), ...Object.fromEntries(facts) };
}

/** The whole API document. `pageUrl` turns a slug into the absolute URL of its page. */
export function certificationsApi(catalogue: Catalogue, pageUrl: (slug: string) => string) {
  return {
    version: API_VERSION,
    count: catalogue.certifications.length,
    certifications: catalogue.certifications.map((certification) => apiCertification(certification, pageUrl)),
  };
}
