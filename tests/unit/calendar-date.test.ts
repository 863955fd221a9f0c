import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/lib/fields/calendar-date';
import {
  formatCalendarDate,
  isCalendarDate,
  monthsAfter,
  monthsBefore,
  todayLocal,
  todayUtc,
} from '../../src/lib/values/calendar-date';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parseCalendarDate', () => {
  it('reads quoted dates (strings) and unquoted dates (YAML Date objects)', () => {
    expect(parseCalendarDate('2026-06-13')).toBe('2026-06-13');
    expect(parseCalendarDate(new Date(Date.UTC(2026, 5, 13)))).toBe('2026-06-13');
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(() => parseCalendarDate('2026-02-29')).toThrow('not a real calendar date');
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['day-month-year order', '13-06-2026'],
    ['slashes', '2026/06/13'],
    ['no zero padding', '2026-6-13'],
    ['a time', '2026-06-13T10:00'],
  ])('refuses %s (%s)', (_case, text) => {
    expect(() => parseCalendarDate(text)).toThrow(FieldProblem);
  });

  it('refuses an invalid Date object', () => {
    expect(() => parseCalendarDate(new Date('nonsense'))).toThrow(FieldProblem);
  });
});

describe('date helpers', () => {
  it('gives today in UTC', () => {
    expect(todayUtc(new Date('2026-11-26T23:59:00-05:00'))).toBe('2026-11-27');
  });

  it('gives today where the reader is, from the clock of the browser', () => {
    const lateEvening = new Date(2026, 10, 26, 23, 59);
    expect(todayLocal(lateEvening)).toBe('2026-11-26');
  });

  it('counts months back, clamping to the end of shorter months', () => {
    expect(monthsBefore('2026-11-26', 12)).toBe('2025-11-26');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 2)).toBe('2025-11-15');
  });

  it('counts months on, across years, from 29 February to the 28th in a common year', () => {
    expect(monthsAfter('2026-11-26', 36)).toBe('2029-11-26');
    expect(monthsAfter('2024-02-29', 12)).toBe('2025-02-28');
    expect(monthsAfter('2024-02-29', 48)).toBe('2028-02-29');
    expect(monthsAfter('2026-08-31', 18)).toBe('2028-02-29');
  });

  it('tells a real date written YYYY-MM-DD from anything else', () => {
    expect(['2028-02-29', '2026-12-05'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-6-1', ' 2026-06-01', '2026-06', ''].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('formats dates unambiguously', () => {
    expect(formatCalendarDate('2026-06-13')).toBe('13 June 2026');
  });
});
