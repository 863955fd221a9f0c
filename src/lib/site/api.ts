/**
 * The public JSON API: every certification's facts as typed data, for tools and for the site's own
 * client-side features. Every field of the schema appears, in schema order, `null` when a file leaves
 * it out; names of providers, categories and related certifications are resolved to links. Its shape
 * is `ApiCertification` (api-schema.ts), published as a JSON Schema; it changes only with a new version.
 */
import { pathPlaceOf, type Catalogue, type Certification } from '../catalogue/catalogue';
import { CERTIFICATION_DATA_KEYS, type CertificationData } from '../schema';
import type { ComparedCertification } from '../compare/compared';
import type { ApiCertification } from './api-schema';
import { certificationFacts, shownFact } from './facts';
import { changeText } from './fact-history';

/** Bump when a field is removed or changes meaning; adding a field keeps the version. */
export const API_VERSION = 1;

/** A related certification as the API names it. */
function relatedLink(certification: Certification) {
  return { slug: certification.slug, title: certification.title };
}

/** Where a fact's API value differs from its typed value: names resolved to links, `link` named for what it is. */
const API_FACTS: Partial<
  Record<
    keyof CertificationData,
    { name: string; value: (certification: Certification, catalogue: Catalogue) => unknown }
  >
> = {
  provider: { name: 'provider', value: (certification) => certification.providerLink },
  categories: { name: 'categories', value: (certification) => certification.categoryLinks },
  link: { name: 'officialLink', value: (certification) => certification.link },
  buildsOn: {
    name: 'buildsOn',
    value: (certification, catalogue) => pathPlaceOf(catalogue, certification.slug).startWith.map(relatedLink),
  },
  leadsTo: {
    name: 'leadsTo',
    value: (certification, catalogue) => pathPlaceOf(catalogue, certification.slug).nextSteps.map(relatedLink),
  },
  papers: {
    name: 'papers',
    value: (certification) => (certification.paperSet?.papers ?? []).map(relatedLink),
  },
  replacedBy: { name: 'replacedBy', value: (certification) => certification.succession?.successor },
  roles: {
    name: 'roles',
    value: (certification) => ({
      ids: certification.jobRoles.ids,
      by: certification.jobRoles.by,
    }),
  },
};

/** One certification in the API: its page, then every fact. */
export function apiCertification(
  certification: Certification,
  catalogue: Catalogue,
  pageUrl: (slug: string) => string,
): ApiCertification {
  const facts = CERTIFICATION_DATA_KEYS.map((key) => {
    const special = API_FACTS[key];
    return [special?.name ?? key, (special ? special.value(certification, catalogue) : certification[key]) ?? null];
  });
  return {
    slug: certification.slug,
    url: pageUrl(certification.slug),
    ...Object.fromEntries(facts),
    paperOf: certification.qualification ?? null,
    totalCost: certification.cost.total ?? null,
    examMinutes: certification.examMinutes ?? null,
  } as ApiCertification;
}

/** The whole API document. `pageUrl` turns a slug into the absolute URL of its page. */
export function certificationsApi(catalogue: Catalogue, pageUrl: (slug: string) => string) {
  return {
    version: API_VERSION,
    count: catalogue.certifications.length,
    certifications: catalogue.certifications.map((certification) =>
      apiCertification(certification, catalogue, pageUrl),
    ),
  };
}

/**
 * One certification's own API file (`/api/certifications/<slug>.json`): its entry, everything before
 * it on its paths (for ordering a plan), its facts panel as text (what the compare page shows) and the
 * history of its facts.
 */
export function certificationDocument(
  certification: Certification,
  catalogue: Catalogue,
  pageUrl: (slug: string) => string,
): ApiCertification {
  return {
    ...apiCertification(certification, catalogue, pageUrl),
    comesAfter: pathPlaceOf(catalogue, certification.slug).comesAfter,
    facts: certificationFacts(certification).map(shownFact),
    history: (certification.history?.events ?? []).map(({ date, commit, added, checked, changes }) => ({
      date,
      commit,
      added: added ?? false,
      checked: checked ?? null,
      changes: changes.map((change) => ({ fact: change.fact, text: changeText(change) })),
    })),
  };
}

/**
 * The compare page reads a certification's API file as `ComparedCertification`, declared by shape in
 * `compare/compared.ts` so that browser code needs nothing from the build: this line fails the type
 * check when the API stops giving what the compare page reads.
 */
export const API_GIVES_WHAT_COMPARE_READS: ApiCertification extends ComparedCertification ? true : false = true;
