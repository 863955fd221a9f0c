/**
 * The public JSON API: every certification's facts as typed data, for tools and for the site's own
 * future client-side features. One file, versioned; it changes shape only with a new version number.
 */
import type { Catalogue, Certification } from './catalogue';

/** Bump when a field is removed or changes meaning; adding a field keeps the version. */
export const API_VERSION = 1;

/** One certification in the API: the typed facts, with links to its page and terms. */
function apiCertification(certification: Certification, pageUrl: (slug: string) => string) {
  return {
    slug: certification.slug,
    url: pageUrl(certification.slug),
    title: certification.title,
    provider: certification.providerLink,
    level: certification.level,
    categories: certification.categoryLinks,
    overview: certification.overview,
    shortDescription: certification.shortDescription,
    officialLink: certification.link,
    fee: certification.fee ?? null,
    examFormat: certification.examFormat ?? null,
    validity: certification.validity ?? null,
    skills: certification.skills,
    prerequisites: certification.prerequisites,
    domains: certification.domains,
    examCode: certification.examCode ?? null,
    status: certification.status,
    retirementDate: certification.retirementDate ?? null,
    lastVerified: certification.lastVerified ?? null,
  };
}

/** The whole API document. `pageUrl` turns a slug into the absolute URL of its page. */
export function certificationsApi(catalogue: Catalogue, pageUrl: (slug: string) => string) {
  return {
    version: API_VERSION,
    count: catalogue.certifications.length,
    certifications: catalogue.certifications.map((certification) => apiCertification(certification, pageUrl)),
  };
}
