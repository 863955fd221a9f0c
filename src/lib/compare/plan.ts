/**
 * A study plan of the compared certifications: an order in which each comes after those it builds on
 * (however far back, through certifications not in the plan too), then from Beginner to Expert, then
 * by title; the totals of fees, exam minutes and questions; and the renewals that fall due within
 * three years of passing.
 */
import { formats } from '../../i18n/browser';
import { convert, EXCHANGE_RATES, feeInUsd, type ExchangeRates } from '../values/exchange';
import { levelRank } from '../values/levels';
import type { Fee, Money } from '../values/money';
import { validityMonths } from '../values/validity';
import type { ComparedCertification } from './compared';

/** How far ahead the plan looks for renewals, in years. */
export const RENEWAL_HORIZON_YEARS = 3;

function byLevelThenTitle(a: ComparedCertification, b: ComparedCertification): number {
  return levelRank(a.level) - levelRank(b.level) || a.title.localeCompare(b.title, formats.numbers);
}

/**
 * The certifications in study order: a certification never before one it builds on; among those free
 * to go next, the lowest level first, then by title. O(n²) for the four a plan holds.
 */
export function planOrder<T extends ComparedCertification>(certifications: readonly T[]): T[] {
  const remaining = [...certifications];
  const ordered: T[] = [];
  const slugs = new Set(certifications.map((certification) => certification.slug));
  while (remaining.length > 0) {
    const placed = new Set(ordered.map((certification) => certification.slug));
    const ready = remaining.filter((certification) =>
      (certification.comesAfter ?? []).every((before) => !slugs.has(before) || placed.has(before)),
    );
    // The checks refuse cycles; were one to slip through, the rest still goes by level rather than hang.
    const [next] = (ready.length > 0 ? ready : remaining).sort(byLevelThenTitle);
    ordered.push(next!);
    remaining.splice(remaining.indexOf(next!), 1);
  }
  return ordered;
}

/** A sum, and the titles of the certifications whose file does not give that fact. */
export interface Total<Value> {
  value: Value;
  unlisted: string[];
}

export interface PlanTotals {
  /** All exam fees in US dollars, with the site's rates. */
  feesInUsd: Total<Money>;
  /** The same in the student's currency. */
  feesIn: Money | undefined;
  minutes: Total<number>;
  questions: Total<number>;
}

/** Sums a number over the certifications, naming those that do not give it. */
function total(
  certifications: readonly ComparedCertification[],
  valueOf: (certification: ComparedCertification) => number | undefined,
): Total<number> {
  let sum = 0;
  const unlisted: string[] = [];
  for (const certification of certifications) {
    const value = valueOf(certification);
    if (value === undefined) unlisted.push(certification.title);
    else sum += value;
  }
  return { value: Math.round(sum * 100) / 100, unlisted };
}

/** The totals of a plan; fees are converted with `rates` and also given in `currency`. */
export function planTotals(
  certifications: readonly ComparedCertification[],
  currency: string,
  rates: ExchangeRates = EXCHANGE_RATES,
): PlanTotals {
  const usd = total(certifications, (certification) =>
    certification.totalCost ? feeInUsd(certification.totalCost, rates) : undefined,
  );
  const feesInUsd = { value: { amount: usd.value, currency: 'USD' }, unlisted: usd.unlisted };
  return {
    feesInUsd,
    feesIn: currency === 'USD' ? undefined : convert(feesInUsd.value, currency, rates),
    minutes: total(certifications, (certification) => certification.examMinutes ?? undefined),
    questions: total(certifications, (certification) => certification.examFormat?.questions?.max),
  };
}

/** A renewal that falls due within the horizon: when, how, and what it costs if the file says. */
export interface DueRenewal {
  slug: string;
  title: string;
  /** Months after passing. */
  afterMonths: number;
  renewal: string | null;
  renewalFee: Fee | null;
}

/**
 * The certifications that must be renewed within `years` of passing them (their validity is that long
 * or shorter), soonest first; a lifetime credential or one whose validity is not listed is not due.
 */
export function renewalsDue(
  certifications: readonly ComparedCertification[],
  years = RENEWAL_HORIZON_YEARS,
): DueRenewal[] {
  return certifications
    .flatMap((certification) => {
      const months = validityMonths(certification.validity);
      if (months === undefined || months > years * 12) return [];
      const { slug, title, renewal, renewalFee } = certification;
      return [{ slug, title, afterMonths: months, renewal, renewalFee }];
    })
    .sort((a, b) => a.afterMonths - b.afterMonths);
}
