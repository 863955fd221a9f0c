import { describe, expect, it } from 'vitest';
import { canConvert, checkedRates, convert, EXCHANGE_RATES, feeInUsdCents } from '../../src/lib/catalogue/exchange';
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
