import { describe, expect, it } from 'vitest';
import { annualFeeField, MAX_RENEWAL_LENGTH, renewalFeeField, renewalField } from '../../src/lib/fields/renewal';

describe('renewal', () => {
  it('takes a sentence up to its length limit', () => {
    expect(renewalField.parse(' Earn 40 CPE credits every 3 years. ')).toBe('Earn 40 CPE credits every 3 years.');
    expect(renewalField.safeParse('x'.repeat(MAX_RENEWAL_LENGTH + 1)).success).toBe(false);
    expect(renewalField.safeParse('').success).toBe(false);
  });
});

describe('renewal_fee and annual_fee', () => {
  it('read money in the exam fee’s grammar', () => {
    expect(renewalFeeField.parse('$429')).toEqual({
      kind: 'paid',
      price: { amount: 429, currency: 'USD' },
      approx: [],
    });
    expect(renewalFeeField.parse('Free')).toEqual({ kind: 'free' });
    expect(annualFeeField.parse('USD 135')).toEqual({
      kind: 'paid',
      price: { amount: 135, currency: 'USD' },
      approx: [],
    });
    expect(annualFeeField.parse({ amount: 50, currency: 'EUR' })).toMatchObject({ price: { currency: 'EUR' } });
  });

  it.each([
    ['a word', 'some'],
    ['a negative amount', '-$50'],
    ['an unknown currency', '50 doubloons'],
  ])('refuse %s, naming the field’s expected form', (_case, value) => {
    const result = annualFeeField.safeParse(value);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('an amount such as');
  });
});
