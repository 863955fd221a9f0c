/** Schema.org JSON-LD for certification pages, serialized so no field value can end the script element. */
import type { Certification } from '../catalogue/catalogue';
import { validityAsIsoDuration } from '../values/validity';
import { absoluteUrl } from './routes';
import type { Crumb } from './sections';

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as Unicode
 * escapes, so `</script>` in a title stays text and the JSON still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** A schema.org `BreadcrumbList`; the current page (the crumb without a link) is `currentPath`. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], currentPath: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  };
}

/** A schema.org `EducationalOccupationalCredential` for one certification. */
export function credentialJsonLd(certification: Certification, pageUrl: string): Record<string, unknown> {
  const { fee, validity } = certification;
  const validFor = validity ? validityAsIsoDuration(validity) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalCredential',
    '@id': pageUrl,
    name: certification.title,
    description: certification.overview,
    url: pageUrl,
    sameAs: certification.link,
    credentialCategory: 'Professional certification',
    educationalLevel: certification.level,
    recognizedBy: { '@type': 'Organization', name: certification.providerLink.name },
    about: certification.categoryLinks.map((category) => category.name),
    ...(certification.skills.length > 0 && { competencyRequired: certification.skills }),
    ...(validFor && { validFor }),
    ...(fee && {
      offers: {
        '@type': 'Offer',
        category: 'Exam fee',
        price: fee.kind === 'free' ? 0 : fee.price.amount,
        priceCurrency: fee.kind === 'free' ? undefined : fee.price.currency,
      },
    }),
  };
}
