import { describe, expect, it } from 'vitest';
import { FieldProblem } from '../../src/lib/fields/problem';
import { parseValidity, parseValidityInput } from '../../src/lib/fields/validity';
import { formatValidity, validityAsIsoDuration, validityMonths } from '../../src/lib/values/validity';

describe('parseValidity', () => {
  it.each([
    ['3 years', { kind: 'years', years: 3 }],
    ['1 year', { kind: 'years', years: 1 }],
    ['24 months', { kind: 'months', months: 24 }],
    ['1 month', { kind: 'months', months: 1 }],
    ['3 Years', { kind: 'years', years: 3 }],
    ['Lifetime', { kind: 'lifetime' }],
    ['No expiry', { kind: 'lifetime' }],
    ['Does not expire', { kind: 'lifetime' }],
    ['does NOT expire', { kind: 'lifetime' }],
  ])('reads %s', (text, validity) => {
    expect(parseValidity(text)).toEqual(validity);
  });

  it.each([
    ['an abbreviation', '3 yrs'],
    ['zero years', '0 years'],
    ['a fraction', '1.5 years'],
    ['words', 'three years'],
    ['a number alone', '3'],
    ['weeks', '6 weeks'],
  ])('refuses %s (%s)', (_case, text) => {
    expect(() => parseValidity(text)).toThrow(FieldProblem);
  });
});

describe('parseValidityInput', () => {
  it('reads the three object forms', () => {
    expect(parseValidityInput({ years: 2 })).toEqual({ kind: 'years', years: 2 });
    expect(parseValidityInput({ months: 18 })).toEqual({ kind: 'months', months: 18 });
    expect(parseValidityInput({ lifetime: true })).toEqual({ kind: 'lifetime' });
  });

  it('refuses zero and fractions', () => {
    expect(() => parseValidityInput({ years: 0 })).toThrow('positive whole number');
    expect(() => parseValidityInput({ months: 1.5 })).toThrow('positive whole number');
  });
});

describe('formatting', () => {
  it('shows each kind, singular and plural', () => {
    expect(formatValidity({ kind: 'years', years: 1 })).toBe('1 year');
    expect(formatValidity({ kind: 'years', years: 3 })).toBe('3 years');
    expect(formatValidity({ kind: 'months', months: 18 })).toBe('18 months');
    expect(formatValidity({ kind: 'lifetime' })).toBe('Lifetime (does not expire)');
  });

  it('gives ISO 8601 durations for structured data', () => {
    expect(validityAsIsoDuration({ kind: 'years', years: 3 })).toBe('P3Y');
    expect(validityAsIsoDuration({ kind: 'months', months: 18 })).toBe('P18M');
    expect(validityAsIsoDuration({ kind: 'lifetime' })).toBeNull();
  });
});

describe('validityMonths', () => {
  it('counts a period in months, and gives nothing for a lifetime credential or none', () => {
    expect(validityMonths({ kind: 'years', years: 3 })).toBe(36);
    expect(validityMonths({ kind: 'months', months: 18 })).toBe(18);
    expect(validityMonths({ kind: 'lifetime' })).toBeUndefined();
    expect(validityMonths(null)).toBeUndefined();
  });
});
