/** Calendar dates written `YYYY-MM-DD`, kept as that string once checked. */
import { z } from 'astro/zod';
import { parsedField, type FieldDoc } from './field';
import { FieldProblem } from './problem';
import { formats, t } from '../../i18n/browser';

/** A real calendar date in `YYYY-MM-DD` form. */
export type CalendarDate = string;

const ISO_DATE = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

/**
 * Reads a date written quoted (`"2026-02-28"`, a string) or unquoted (`2026-02-28`, which YAML turns
 * into a Date at midnight UTC). Impossible dates such as `2026-02-30` are refused.
 */
export function parseCalendarDate(value: string | Date): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new FieldProblem('the date is not a real calendar date');
    return value.toISOString().slice(0, 10);
  }
  const groups = ISO_DATE.exec(value.trim())?.groups;
  if (!groups) throw new FieldProblem('not a date written YYYY-MM-DD');
  const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new FieldProblem('not a real calendar date');
  }
  return value.trim();
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): CalendarDate {
  return now.toISOString().slice(0, 10);
}

/** The date a number of days after another (`2026-11-26` plus 1 → `2026-11-27`). */
export function daysAfter(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The date a number of whole months before another (`2026-11-26` minus 12 → `2025-11-26`). */
export function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
  shifted.setUTCDate(Math.min(day, lastDay));
  return shifted.toISOString().slice(0, 10);
}

/** Made once: building a `DateTimeFormat` costs far more than using one, and every page shows dates. */
const DAY_MONTH_YEAR = new Intl.DateTimeFormat(formats.dates, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const MONTH_YEAR = new Intl.DateTimeFormat(formats.dates, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `26 November 2026`, or `January 2025` for a month (`2025-01`): unambiguous for readers everywhere. */
export function formatCalendarDate(date: CalendarDate): string {
  if (/^\d{4}-\d{2}$/.test(date)) return MONTH_YEAR.format(new Date(`${date}-01T00:00:00Z`));
  return DAY_MONTH_YEAR.format(new Date(`${date}T00:00:00Z`));
}

/** `on 31 March 2026`, or `in January 2025` for a month: a date as the end of a sentence says it. */
export function onCalendarDate(date: CalendarDate): string {
  const { day, month } = formats.dateInSentence;
  return t(/^\d{4}-\d{2}$/.test(date) ? month : day, { date: formatCalendarDate(date) });
}

/**
 * Reads a date, or a month written `YYYY-MM` when the provider gives no day ("retires in January
 * 2025"): a month is never made a day by guessing. A month sorts before every day of it.
 */
export function parseCalendarDateOrMonth(value: string | Date): CalendarDate {
  if (typeof value === 'string' && /^\s*\d{4}-\d{2}\s*$/.test(value)) {
    const month = value.trim();
    parseCalendarDate(`${month}-01`);
    return month;
  }
  return parseCalendarDate(value);
}

/** A date field: written `YYYY-MM-DD`, quoted or not; with `months`, also `YYYY-MM`. */
export function dateField(doc: FieldDoc, options: { months?: boolean } = {}) {
  return parsedField(
    doc,
    z.union([z.string(), z.date()]),
    options.months ? parseCalendarDateOrMonth : parseCalendarDate,
    'date',
  );
}
