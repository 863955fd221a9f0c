import { describe, expect, it } from 'vitest';
import {
  canConvert,
  checkedRates,
  convert,
  EXCHANGE_RATES,
  feeInTwoCurrencies,
  feeInUsdCents,
  inSecondCurrency,
} from '../../src/lib/values/exchange';
import { formatApproximate } from '../../src/lib/values/money';
import { parseFee } from '../../src/lib/fields/fee';

const rates = { base: 'USD', date: '2026-12-02', source: 'test', rates: { USD: 1, EUR: 0.8, INR: 80 } };

describe('exchange rates', () => {
  it('are dated, sourced and hold the currencies the catalogue uses', () => {
    expect(EXCHANGE_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(EXCHANGE_RATES.source.length).toBeGreaterThan(20);
    for (const currency of ['USD', 'EUR', 'GBP', 'INR', 'JPY']) expect(canConvert(currency), currency).toBe(true);
  });

  it('convert through the base currency, to the cent', () => {
    expect(convert({ amount: 100, currency: 'EUR' }, 'USD', rates)).toEqual({ amount: 125, currency: 'USD' });
    expect(convert({ amount: 100, currency: 'EUR' }, 'INR', rates)).toEqual({ amount: 10000, currency: 'INR' });
    expect(convert({ amount: 10, currency: 'BRL' }, 'USD', rates)).toBeUndefined();
  });

  it('give a fee in US cents, free as 0, an unknown currency as undefined', () => {
    expect(feeInUsdCents(parseFee('Free'), rates)).toBe(0);
    expect(feeInUsdCents(parseFee('$19.99'), rates)).toBe(1999);
    expect(feeInUsdCents(parseFee('€100'), rates)).toBe(12500);
    expect(feeInUsdCents(parseFee('100 BRL'), rates)).toBeUndefined();
  });

  it('refuse a rates file without a date, a source or a positive rate, saying what is wrong', () => {
    expect(() => checkedRates({ ...rates, date: 'yesterday' })).toThrow('"date" must be YYYY-MM-DD');
    expect(() => checkedRates({ ...rates, source: '' })).toThrow('"source"');
    expect(() => checkedRates({ ...rates, rates: { USD: 1, EUR: -1 } })).toThrow('the rate of "EUR"');
    expect(() => checkedRates({ ...rates, rates: { USD: 2 } })).toThrow('must have the rate 1');
  });
});

describe('a fee in a second currency', () => {
  it('keeps the editor’s own approximation in that currency, unlabelled', () => {
    expect(inSecondCurrency(parseFee('$300 (approx ₹25,000)'), 'INR', rates)).toEqual({
      money: { amount: 25000, currency: 'INR' },
      text: '≈ ₹25,000',
      computed: false,
    });
  });

  it('otherwise converts with the rates, in whole units, labelled with the rates’ date', () => {
    expect(inSecondCurrency(parseFee('$331.49'), 'INR', rates)).toMatchObject({
      text: '≈ ₹26,519 (rates of 2026-12-02)',
      computed: true,
    });
    expect(inSecondCurrency(parseFee('€5'), 'USD', rates)?.text).toBe('≈ $6.25 (rates of 2026-12-02)');
  });

  it('gives nothing for a free exam, a price already in that currency, or a currency without a rate', () => {
    expect(inSecondCurrency(parseFee('Free'), 'INR', rates)).toBeUndefined();
    expect(inSecondCurrency(parseFee('₹5,000'), 'INR', rates)).toBeUndefined();
    expect(inSecondCurrency(parseFee('$100'), 'BRL', rates)).toBeUndefined();
  });

  it('moves the editor’s approximation to the second line rather than saying it twice', () => {
    expect(feeInTwoCurrencies(parseFee('$300 (approx ₹25,000)'), 'INR', rates)).toMatchObject({
      official: '$300',
      second: { text: '≈ ₹25,000' },
    });
    expect(feeInTwoCurrencies(parseFee('$300 (approx ₹25,000)'), 'EUR', rates)).toMatchObject({
      official: '$300 (≈ ₹25,000)',
      second: { text: '≈ €240 (rates of 2026-12-02)' },
    });
    expect(feeInTwoCurrencies(parseFee('Free'), 'INR', rates)).toEqual({ official: 'Free' });
  });
});

describe('formatApproximate', () => {
  it.each([
    [{ amount: 26519.2, currency: 'INR' }, '₹26,519'],
    [{ amount: 6.25, currency: 'USD' }, '$6.25'],
    [{ amount: 4.6, currency: 'JPY' }, '¥5'],
    [{ amount: 1549.6, currency: 'JPY' }, '¥1,550'],
  ])('shows %o as %s, with the currency’s own digits', (money, text) => {
    expect(formatApproximate(money)).toBe(text);
  });
});
