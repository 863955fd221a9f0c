import { describe, expect, it } from 'vitest';
import { parseFeeInput, parseFee } from '../../src/lib/fields/fee';
import { formatFee } from '../../src/lib/values/money';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parseFee', () => {
  it.each(['Free', 'free', ' FREE '])('reads %j as free', (text) => {
    expect(parseFee(text)).toEqual({ kind: 'free' });
  });

  it('reads the original entry’s fee with its approximate conversion', () => {
    expect(parseFee('$300 (approx ₹25,000)')).toEqual({
      kind: 'paid',
      price: { amount: 300, currency: 'USD' },
      approx: [{ amount: 25000, currency: 'INR' }],
    });
  });

  it.each([
    '$300 (~₹25,000)',
    '$300 (≈ ₹25,000)',
    '$300 (approximately ₹25,000)',
    '$300 (Approx. ₹25,000)',
    'USD 300 ( ~ INR 25,000 )',
  ])('reads the approximate forms: %s', (text) => {
    expect(parseFee(text)).toMatchObject({ approx: [{ amount: 25000, currency: 'INR' }] });
  });

  it('reads a plain amount with no conversion', () => {
    expect(parseFee('150 EUR')).toEqual({ kind: 'paid', price: { amount: 150, currency: 'EUR' }, approx: [] });
  });

  it('reads $0 as free', () => {
    expect(parseFee('$0')).toEqual({ kind: 'free' });
  });

  it.each([
    ['words', 'two hundred dollars'],
    ['an empty string', ''],
    ['a conversion into the same currency', '$300 (approx $310)'],
    ['brackets without approx', '$300 (₹25,000)'],
    ['a conversion that is not an amount', '$300 (approx lots)'],
    ['a range', '$300-$400'],
  ])('refuses %s', (_case, text) => {
    expect(() => parseFee(text)).toThrow(FieldProblem);
  });
});

describe('parseFeeInput (object form)', () => {
  it('reads the object form with approximate amounts', () => {
    expect(parseFeeInput({ amount: 200, currency: 'usd', approx: [{ amount: 16500, currency: 'INR' }] })).toEqual({
      kind: 'paid',
      price: { amount: 200, currency: 'USD' },
      approx: [{ amount: 16500, currency: 'INR' }],
    });
  });

  it('reads amount 0 as free, and refuses a conversion of nothing', () => {
    expect(parseFeeInput({ amount: 0, currency: 'USD' })).toEqual({ kind: 'free' });
    expect(() => parseFeeInput({ amount: 0, currency: 'USD', approx: [{ amount: 0, currency: 'INR' }] })).toThrow(
      FieldProblem,
    );
  });

  it.each([
    ['a negative amount', { amount: -5, currency: 'USD' }],
    ['an unknown currency', { amount: 5, currency: 'DOLLARS' }],
    ['an infinite amount', { amount: Infinity, currency: 'USD' }],
  ])('refuses %s', (_case, fee) => {
    expect(() => parseFeeInput(fee)).toThrow(FieldProblem);
  });
});

describe('formatFee', () => {
  it('shows free, plain and converted fees', () => {
    expect(formatFee({ kind: 'free' })).toBe('Free');
    expect(formatFee(parseFee('USD 150'))).toBe('$150');
    expect(formatFee(parseFee('$300 (approx ₹25,000)'))).toBe('$300 (≈ ₹25,000)');
    expect(
      formatFee(
        parseFeeInput({
          amount: 1,
          currency: 'GBP',
          approx: [
            { amount: 1, currency: 'EUR' },
            { amount: 1, currency: 'USD' },
          ],
        }),
      ),
    ).toBe('£1 (≈ €1, ≈ $1)');
  });
});
