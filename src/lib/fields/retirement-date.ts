/**
 * When the provider retires (or retired) the exam: a day, a month (`YYYY-MM`) when the provider gives no
 * day, or `not given` when it announces a retirement with no date at all. A date is never guessed.
 */
import { z } from 'astro/zod';
import { parseCalendarDateOrMonth } from './calendar-date';
import type { CalendarDate } from '../values/calendar-date';
import { parsedField } from './field';

/** What `retirement_date: not given` reads as. */
export const DATE_NOT_GIVEN = 'not given';

/** Reads a day, a month, or `not given`. */
export function parseRetirementDate(value: string | Date): CalendarDate | typeof DATE_NOT_GIVEN {
  if (typeof value === 'string' && value.trim().toLowerCase() === DATE_NOT_GIVEN) return DATE_NOT_GIVEN;
  return parseCalendarDateOrMonth(value);
}

/** ` on 31 March 2026`, ` in January 2025`, or nothing when the provider gave no date. */
export function retirementDateText(date: string | undefined, on: (date: CalendarDate) => string): string {
  return date === undefined || date === DATE_NOT_GIVEN ? '' : ` ${on(date)}`;
}

export const retirementDateField = parsedField(
  {
    description:
      'When the provider retires (or retired) the exam: the day, the month written YYYY-MM when the provider gives ' +
      'no day, or "not given" when it announces the retirement without a date (never a guessed date). Required ' +
      'when status is retired.',
    expected: 'a date written YYYY-MM-DD, a month written YYYY-MM, or "not given"',
    examples: ['retirement_date: 2026-03-31', 'retirement_date: "2025-01"', 'retirement_date: not given'],
  },
  z.union([z.string(), z.date()]),
  parseRetirementDate,
  'date',
);
