import { describe, expect, it } from 'vitest';
import { CURRENCY_SYMBOLS, parseCurrency, parseMoney } from '../../src/lib/fields/money';
import { formatMoney } from '../../src/lib/values/money';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parseMoney', () => {
  it.each([
    ['$300', 300, 'USD'],
    ['USD 300', 300, 'USD'],
    ['300 USD', 300, 'USD'],
    ['usd 300', 300, 'USD'],
    ['₹25,000', 25000, 'INR'],
    ['$19.99', 19.99, 'USD'],
    ['€1,234,567.5', 1234567.5, 'EUR'],
    ['£150', 150, 'GBP'],
    ['¥15,000', 15000, 'JPY'],
    ['300€', 300, 'EUR'],
    ['$ 300', 300, 'USD'],
    ['AUD 495', 495, 'AUD'],
    ['  CAD 250  ', 250, 'CAD'],
  ])('reads %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each([
    ['a number without a currency', '300'],
    ['a currency without a number', 'USD'],
    ['words', 'two hundred dollars'],
    ['a misplaced thousands separator', '$3,00'],
    ['three decimals', '$19.999'],
    ['a negative amount', '-$300'],
    ['an unknown ISO code', 'XYZ 300'],
    ['a symbol on both sides', '$300$'],
    ['a decimal comma', '€19,5'],
  ])('refuses %s (%s)', (_case, text) => {
    expect(() => parseMoney(text)).toThrow(FieldProblem);
  });
});

describe('parseCurrency', () => {
  it('maps each symbol to one currency', () => {
    for (const [symbol, code] of Object.entries(CURRENCY_SYMBOLS)) expect(parseCurrency(symbol)).toBe(code);
  });

  it('names the unknown code in its reason', () => {
    expect(() => parseCurrency('ABC')).toThrow('"ABC" is not a currency code');
  });
});

describe('formatMoney', () => {
  it.each([
    [{ amount: 300, currency: 'USD' }, '$300'],
    [{ amount: 25000, currency: 'INR' }, '₹25,000'],
    [{ amount: 19.99, currency: 'USD' }, '$19.99'],
    [{ amount: 19.5, currency: 'USD' }, '$19.50'],
    [{ amount: 150, currency: 'EUR' }, '€150'],
    [{ amount: 250, currency: 'CAD' }, 'CA$250'],
  ])('shows %o as %s', (money, label) => {
    expect(formatMoney(money)).toBe(label);
  });
});
