import { describe, expect, it } from 'vitest';
import { formatCalendarDate, monthsBefore, parseCalendarDate, todayUtc } from '../../src/lib/fields/calendar-date';
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

  it('counts months back, clamping to the end of shorter months', () => {
    expect(monthsBefore('2026-11-26', 12)).toBe('2025-11-26');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 2)).toBe('2025-11-15');
  });

  it('formats dates unambiguously', () => {
    expect(formatCalendarDate('2026-06-13')).toBe('13 June 2026');
  });
});
