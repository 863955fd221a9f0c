/**
 * How long a certification stays valid, as a value: the type, its months and its text. Safe in the
 * browser (the compare page and the plan use it); the field module (fields/validity.ts) reads it from
 * front matter.
 */
import { tp } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

export type Validity = { kind: 'lifetime' } | { kind: 'years'; years: number } | { kind: 'months'; months: number };

/** Months of validity; undefined for a lifetime credential or when not listed. */
export function validityMonths(validity: Validity | null | undefined): number | undefined {
  if (!validity || validity.kind === 'lifetime') return undefined;
  return validity.kind === 'years' ? validity.years * 12 : validity.months;
}

/** `3 years`, `1 year`, `18 months`, `Lifetime (does not expire)`. */
export function formatValidity(validity: Validity): string {
  if (validity.kind === 'lifetime') return values.validity.lifetime;
  return validity.kind === 'years'
    ? tp(values.validity.years, validity.years)
    : tp(values.validity.months, validity.months);
}

/** The validity as an ISO 8601 duration for structured data (`P3Y`), or null for a lifetime credential. */
export function validityAsIsoDuration(validity: Validity): string | null {
  if (validity.kind === 'lifetime') return null;
  return validity.kind === 'years' ? `P${validity.years}Y` : `P${validity.months}M`;
}
