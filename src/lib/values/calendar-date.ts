/**
 * Calendar dates as the site holds them, `YYYY-MM-DD` strings (or `YYYY-MM` for a month the provider
 * names without a day): reckoning with them and writing them for readers. Safe in the browser (the plan
 * page counts expiry dates with these); the field module (fields/calendar-date.ts) reads them from
 * front matter.
 */
import { formats, t } from '../../i18n/browser';

/** A real calendar date in `YYYY-MM-DD` form. */
export type CalendarDate = string;

/** A date written `YYYY-MM-DD`, whether or not it is a real one. */
export const CALENDAR_DATE_FORMAT = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

/** True for a real date written `YYYY-MM-DD`: not `2026-02-30`, not `2026-6-1`. */
export function isCalendarDate(value: string): boolean {
  const groups = CALENDAR_DATE_FORMAT.exec(value)?.groups;
  if (!groups) return false;
  const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): CalendarDate {
  return now.toISOString().slice(0, 10);
}

/** Today's date where the reader is (the browser's time zone), as `YYYY-MM-DD`. */
export function todayLocal(now: Date = new Date()): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date a number of days after another (`2026-11-26` plus 1 → `2026-11-27`). */
export function daysAfter(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/**
 * The date a number of whole months after another, the day kept or, in a shorter month, its last day
 * (`2024-02-29` plus 12 → `2025-02-28`); a negative number counts back.
 */
export function monthsAfter(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
  shifted.setUTCDate(Math.min(day, lastDay));
  return shifted.toISOString().slice(0, 10);
}

/** The date a number of whole months before another (`2026-11-26` minus 12 → `2025-11-26`). */
export function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  return monthsAfter(date, -months);
}

/**
 * Made on first use, then kept: building a `DateTimeFormat` costs far more than using one, and every page
 * shows dates; none is made in a script that only reckons with dates (or reads a constant of a module
 * that does, as the bootstrap does).
 */
let dayMonthYear: Intl.DateTimeFormat | undefined;
let monthYear: Intl.DateTimeFormat | undefined;

/** `26 November 2026`, or `January 2025` for a month (`2025-01`): unambiguous for readers everywhere. */
export function formatCalendarDate(date: CalendarDate): string {
  if (/^\d{4}-\d{2}$/.test(date)) {
    monthYear ??= new Intl.DateTimeFormat(formats.dates, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return monthYear.format(new Date(`${date}-01T00:00:00Z`));
  }
  dayMonthYear ??= new Intl.DateTimeFormat(formats.dates, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dayMonthYear.format(new Date(`${date}T00:00:00Z`));
}

/** `on 31 March 2026`, or `in January 2025` for a month: a date as the end of a sentence says it. */
export function onCalendarDate(date: CalendarDate): string {
  const { day, month } = formats.dateInSentence;
  return t(/^\d{4}-\d{2}$/.test(date) ? month : day, { date: formatCalendarDate(date) });
}
