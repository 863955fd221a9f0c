/**
 * Each certification's value in every facet of the browse page (delivery, fee and validity bands
 * read from its parsed facts) and its sort keys, all numbers, so that Pagefind sorts them as numbers
 * and keeps every page.
 */
import { formats } from '../../i18n/browser';
import {
  DELIVERY_OPTIONS,
  FEE_BANDS,
  VALIDITY_BANDS,
  type FacetId,
  type FacetOption,
  type FixedOption,
  FIXED_OPTIONS,
  FACETS,
} from '../browse/facets';
import { messages } from '../../i18n';
import type { Fee } from '../values/money';
import { validityMonths, type Validity } from '../values/validity';
import { LEVELS, levelSlug } from '../fields/level';
import type { Catalogue, Certification } from './catalogue';
import { feeInUsdCents } from '../values/exchange';
import { termSlug } from '../text/slug';

/** How delivery texts are read, most specific first; a text may match several (`online proctored, test center`). */
const DELIVERY_PATTERNS: readonly { slug: (typeof DELIVERY_OPTIONS)[number]['slug']; pattern: RegExp }[] = [
  { slug: 'online-unproctored', pattern: /\b(?:not|un|non)[- ]?proctored\b/i },
  { slug: 'online-proctored', pattern: /\b(?:online|remote(?:ly)?|at home|from home)\b/i },
  {
    slug: 'test-centre',
    pattern: /\btest(?:ing)?[- ]?cent(?:er|re)s?\b|\bin[- ]person\b|\bon[- ]?site\b|\bpearson vue\b/i,
  },
  { slug: 'performance-based', pattern: /\bperformance[- ]based\b|\blabs?\b|\bhands[- ]on\b|\bpractical\b/i },
];

/** The delivery options an exam's delivery texts name, in the order of `DELIVERY_OPTIONS`. */
export function deliveryOptionsOf(delivery: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of delivery) {
    const unproctored = DELIVERY_PATTERNS[0]!.pattern.test(text);
    for (const { slug, pattern } of DELIVERY_PATTERNS) {
      if (slug === 'online-proctored' && unproctored) continue;
      if (pattern.test(text)) found.add(slug);
    }
  }
  return DELIVERY_OPTIONS.map((option) => option.slug).filter((slug) => found.has(slug));
}

/** The fee band of a fee (on its US dollar value), or undefined when the fee is not listed. */
export function feeBandOf(fee: Fee | undefined): string | undefined {
  const cents = fee === undefined ? undefined : feeInUsdCents(fee);
  if (cents === undefined) return undefined;
  return FEE_BANDS.find((band) => cents < band.maxCents)?.slug;
}

/** Months of validity; a lifetime credential counts as longer than any period. */
const monthsValid = (validity: Validity): number => validityMonths(validity) ?? Infinity;

/** The validity band, in whole years rounded up, or undefined when the validity is not listed. */
export function validityBandOf(validity: Validity | undefined): string | undefined {
  if (validity === undefined) return undefined;
  const months = monthsValid(validity);
  if (months === Infinity) return VALIDITY_BANDS[0].slug;
  return Math.ceil(months / 12) <= 2 ? VALIDITY_BANDS[1].slug : VALIDITY_BANDS[2].slug;
}

/** Sort keys for a fact a file leaves out: last in every direction the site sorts it. */
const UNLISTED = { fee: 10 ** 12, length: 10 ** 9, validity: -1 };
/** The validity sort key of a lifetime credential: longer than any period. */
const LIFETIME_MONTHS = 99_999;

/** Every sort key of a certification, as a whole number; `nameRank` is its place in title order. */
export function sortKeysOf(
  certification: Certification,
  nameRank: number,
): Record<'name' | 'fee' | 'length' | 'validity', number> {
  const { validity, examMinutes } = certification;
  const fee = certification.cost.total;
  const months = validity === undefined ? undefined : monthsValid(validity);
  return {
    name: nameRank,
    fee: (fee === undefined ? undefined : feeInUsdCents(fee)) ?? UNLISTED.fee,
    length: examMinutes ?? UNLISTED.length,
    validity: months === undefined ? UNLISTED.validity : months === Infinity ? LIFETIME_MONTHS : months,
  };
}

/** A certification's value in every facet, as slugs. */
export function facetValuesOf(certification: Certification): Record<FacetId, string[]> {
  const optional = (value: string | undefined) => (value === undefined ? [] : [value]);
  return {
    category: certification.categoryLinks.map((link) => link.slug),
    level: [levelSlug(certification.level)],
    provider: [certification.providerLink.slug],
    kind: [certification.kind],
    delivery: deliveryOptionsOf(certification.examFormat?.delivery ?? []),
    language: (certification.languages ?? []).map(termSlug),
    fee: optional(feeBandOf(certification.cost.total)),
    validity: optional(validityBandOf(certification.validity)),
    status: [certification.status],
    checked: [certification.checkAge],
  };
}

/** The exam languages the catalogue names, by name; one option per slug, named as first written. */
function languageOptions(catalogue: Catalogue): FacetOption[] {
  const options = new Map<string, string>();
  for (const certification of catalogue.certifications) {
    for (const language of certification.languages ?? []) {
      const slug = termSlug(language);
      if (!options.has(slug)) options.set(slug, language);
    }
  }
  return [...options]
    .map(([slug, label]) => ({ slug, label }))
    .sort((a, b) => a.label.localeCompare(b.label, formats.numbers));
}

/** The labels of the fixed options, by facet and slug: kinds and statuses as the value types name them. */
const FIXED_LABELS: Readonly<Partial<Record<FacetId, Readonly<Record<string, string>>>>> = {
  kind: messages.values.kinds.labels,
  status: messages.values.status,
  ...messages.browse.options,
};

/** A facet's fixed options with their labels. */
function labelled(facet: FacetId, options: readonly FixedOption[]): FacetOption[] {
  return options.map(({ slug }) => {
    const label = FIXED_LABELS[facet]?.[slug];
    if (label === undefined) throw new Error(`The message catalogue has no label for the ${facet} option "${slug}".`);
    return { slug, label };
  });
}

/** Every facet with all its options, in the order the browse page lists them. */
export function facetOptions(catalogue: Catalogue): Record<FacetId, FacetOption[]> {
  const dynamic: Partial<Record<FacetId, FacetOption[]>> = {
    category: catalogue.categories.map(({ slug, name }) => ({ slug, label: name })),
    level: LEVELS.map((level) => ({ slug: levelSlug(level), label: level })),
    provider: catalogue.providers.map(({ slug, name }) => ({ slug, label: name })),
    language: languageOptions(catalogue),
  };
  return Object.fromEntries(
    FACETS.map((facet) => [facet, dynamic[facet] ?? labelled(facet, FIXED_OPTIONS[facet] ?? [])]),
  ) as Record<FacetId, FacetOption[]>;
}
