/**
 * What the My plan page shows of a plan once each certification's API file is read: the certifications
 * in study order, what is still to pay and the exam time ahead (the planning and preparing ones, with
 * compare's own totals), when each passed one expires, and which planned ones retire.
 */
import type { ComparedCertification } from '../compare/compared';
import { planOrder, planTotals } from '../compare/plan';
import { monthsAfter, type CalendarDate } from '../values/calendar-date';
import type { ExchangeRates } from '../values/exchange';
import { validityMonths } from '../values/validity';
import type { PlanEntry } from './plan';

/** A certification of the plan, with what its API file says of it. */
export interface Planned {
  entry: PlanEntry;
  certification: ComparedCertification;
}

/** When a passed certification stops being valid: a day, never, or not known (validity not listed). */
export type Expiry = { kind: 'on'; date: CalendarDate; past: boolean } | { kind: 'lifetime' } | { kind: 'not-listed' };

/** The day passed plus the validity: the day renewal falls due; `past` when it is before `today`. */
export function expiryOf(certification: ComparedCertification, passedOn: CalendarDate, today: CalendarDate): Expiry {
  if (certification.validity?.kind === 'lifetime') return { kind: 'lifetime' };
  const months = validityMonths(certification.validity);
  if (months === undefined) return { kind: 'not-listed' };
  const date = monthsAfter(passedOn, months);
  return { kind: 'on', date, past: date < today };
}

/** The plan's certifications in study order (compare's plan order), whatever their status. */
export function inStudyOrder(planned: readonly Planned[]): Planned[] {
  const bySlug = new Map(planned.map((item) => [item.certification.slug, item]));
  return planOrder(planned.map((item) => item.certification)).map((certification) => bySlug.get(certification.slug)!);
}

/** The certifications not passed yet: planning and preparing. */
export function ahead(planned: readonly Planned[]): Planned[] {
  return planned.filter((item) => item.entry.status !== 'passed');
}

/** What the planning and preparing certifications still cost and take: compare's totals of them. */
export function aheadTotals(planned: readonly Planned[], currency: string, rates?: ExchangeRates) {
  const { feesInUsd, feesIn, minutes } = planTotals(
    ahead(planned).map((item) => item.certification),
    currency,
    rates,
  );
  return { feesInUsd, feesIn, minutes };
}

/** A planned certification's retirement as its API file gives it, when it is retiring or retired. */
export interface Retirement {
  status: 'retiring' | 'retired';
  /** A day, a month (`YYYY-MM`), or undefined when the provider gives no date. */
  date?: CalendarDate;
  lastBookingDate?: CalendarDate;
}

/** Whether a certification is retiring or retired, and when; undefined for an active one. */
export function retirementOf(certification: ComparedCertification): Retirement | undefined {
  if (certification.status === 'active') return undefined;
  const { retirementDate, lastBookingDate } = certification;
  return {
    status: certification.status,
    ...(retirementDate && /^\d{4}-\d{2}(-\d{2})?$/.test(retirementDate) && { date: retirementDate }),
    ...(lastBookingDate && { lastBookingDate }),
  };
}
