/** Calendar date fields: written `YYYY-MM-DD`, kept as that string once checked (see values/calendar-date.ts). */
import { z } from 'astro/zod';
import { CALENDAR_DATE_FORMAT, isCalendarDate, type CalendarDate } from '../values/calendar-date';
import { parsedField, type FieldDoc } from './field';
import { FieldProblem } from './problem';

/**
 * Reads a date written quoted (`"2026-02-28"`, a string) or unquoted (`2026-02-28`, which YAML turns
 * into a Date at midnight UTC). Impossible dates such as `2026-02-30` are refused.
 */
export function parseCalendarDate(value: string | Date): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new FieldProblem('the date is not a real calendar date');
    return value.toISOString().slice(0, 10);
  }
  const date = value.trim();
  if (!CALENDAR_DATE_FORMAT.test(date)) throw new FieldProblem('not a date written YYYY-MM-DD');
  if (!isCalendarDate(date)) throw new FieldProblem('not a real calendar date');
  return date;
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
