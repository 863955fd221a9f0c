/**
 * The browse page's public contract: its facets, their fixed options, its sorts and its page size.
 * The URL uses these slugs (`?fee=under-100&delivery=online-proctored&sort=fee`), so they change only
 * with care: other sites may link to them. Plain data, safe to ship to the browser; the words of the
 * facets, options and sorts are in the message catalogue (`browse`), keyed by these ids and slugs.
 */
import { KINDS } from '../values/kinds';
import { STATUSES } from '../values/status';

/** Facets in the order the page shows them; category, level and provider take their options from the catalogue. */
export const FACETS = [
  'category',
  'level',
  'provider',
  'kind',
  'delivery',
  'language',
  'fee',
  'validity',
  'status',
  'checked',
] as const;

export type FacetId = (typeof FACETS)[number];

/** One option of a facet as the page shows it: its URL slug and its label. */
export interface FacetOption {
  slug: string;
  label: string;
}

/** One fixed option of a facet: its URL slug (its label is in the message catalogue). */
export interface FixedOption {
  slug: string;
}

/** How the exam is taken, read from the delivery parts of the exam format. */
export const DELIVERY_OPTIONS = [
  { slug: 'online-proctored' },
  { slug: 'online-unproctored' },
  { slug: 'test-centre' },
  { slug: 'performance-based' },
] as const satisfies readonly FixedOption[];

/** Fee bands, on the fee converted to US dollars; `maxCents` is exclusive. */
export const FEE_BANDS = [
  { slug: 'free', maxCents: 1 },
  { slug: 'under-100', maxCents: 100_00 },
  { slug: '100-299', maxCents: 300_00 },
  { slug: '300-499', maxCents: 500_00 },
  { slug: '500-plus', maxCents: Infinity },
] as const satisfies readonly (FixedOption & { maxCents: number })[];

/** Validity bands, in whole years rounded up (18 months is up to 2 years, 30 months 3 years or more). */
export const VALIDITY_BANDS = [
  { slug: 'no-expiry' },
  { slug: 'up-to-2-years' },
  { slug: '3-years-or-more' },
] as const satisfies readonly FixedOption[];

/** Whether a certification can still be earned; retired ones are hidden unless this facet asks for them. */
export const STATUS_OPTIONS: readonly FixedOption[] = STATUSES.map((slug) => ({ slug }));

/**
 * How long ago an editor checked the facts against the provider's official page (at the day of the build).
 * Links from before the ages (`checked=checked`, `checked=not-checked`) still work: see `FACET_ALIASES`.
 */
export const CHECK_AGE_OPTIONS = [
  { slug: 'within-6-months' },
  { slug: 'within-12-months' },
  { slug: 'older-or-never' },
] as const satisfies readonly FixedOption[];

/** Option slugs a facet no longer has, and the options they stand for now, so old links keep their meaning. */
export const FACET_ALIASES: Readonly<Partial<Record<FacetId, Readonly<Record<string, readonly string[]>>>>> = {
  checked: { checked: ['within-6-months', 'within-12-months'], 'not-checked': ['older-or-never'] },
};

/** What kind of credential an entry is: a certification, a qualification, one of its papers, a course certificate. */
export const KIND_OPTIONS: readonly FixedOption[] = KINDS.map((slug) => ({ slug }));

/** The statuses shown when the student has not chosen any. */
export const DEFAULT_STATUSES: readonly string[] = ['active', 'retiring'];

/** The fixed options of the facets that have them. */
export const FIXED_OPTIONS: Readonly<Partial<Record<FacetId, readonly FixedOption[]>>> = {
  kind: KIND_OPTIONS,
  delivery: DELIVERY_OPTIONS,
  fee: FEE_BANDS,
  validity: VALIDITY_BANDS,
  status: STATUS_OPTIONS,
  checked: CHECK_AGE_OPTIONS,
};

/** The sorts, in the order the page offers them, each a sort key and direction; relevance needs a query. */
export const SORTS = {
  relevance: { key: undefined, direction: undefined },
  name: { key: 'name', direction: 'asc' },
  fee: { key: 'fee', direction: 'asc' },
  length: { key: 'length', direction: 'asc' },
  validity: { key: 'validity', direction: 'desc' },
} as const;

export type SortId = keyof typeof SORTS;

/** How many options a long facet shows before "Show all": the most common ones. */
export const SHOWN_OPTIONS = 8;

/** Results per page of the browser. */
export const RESULTS_PER_PAGE = 24;
