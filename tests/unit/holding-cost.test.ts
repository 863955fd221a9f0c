import { describe, expect, it } from 'vitest';
import { holdingCost } from '../../src/lib/site/holding-cost';

const paid = (amount: number, currency = 'USD') => ({
  kind: 'paid' as const,
  price: { amount, currency },
  approx: [],
});

describe('holdingCost', () => {
  it('adds the annual fee for every year the certification stays valid', () => {
    expect(holdingCost({ fee: paid(749), annualFee: paid(135), validity: { kind: 'years', years: 3 } })).toBe(
      '$1,154 over 3 years ($749 exam + 3 × $135 a year)',
    );
    expect(holdingCost({ fee: paid(100), annualFee: paid(50), validity: { kind: 'months', months: 24 } })).toBe(
      '$200 over 2 years ($100 exam + 2 × $50 a year)',
    );
  });

  it('counts a free exam as nothing, in the annual fee’s currency', () => {
    expect(holdingCost({ fee: { kind: 'free' }, annualFee: paid(50), validity: { kind: 'years', years: 1 } })).toBe(
      '$50 over 1 year ($0 exam + 1 × $50 a year)',
    );
  });

  it('converts an annual fee in another currency with the site’s rates', () => {
    const text = holdingCost({ fee: paid(300), annualFee: paid(100, 'EUR'), validity: { kind: 'years', years: 2 } });
    const parts = /^\$(?<total>[\d,.]+) over 2 years \(\$300 exam \+ 2 × \$(?<yearly>[\d,.]+) a year\)$/.exec(
      text ?? '',
    );
    const number = (digits = '') => Number(digits.replaceAll(',', ''));
    expect(parts, text).not.toBeNull();
    expect(number(parts?.groups?.yearly)).toBeGreaterThan(100); // a euro is worth more than a dollar
    expect(number(parts?.groups?.total)).toBeCloseTo(300 + 2 * number(parts?.groups?.yearly), 0);
  });

  it('says nothing when a part is missing or the sum would mislead', () => {
    const validity = { kind: 'years' as const, years: 3 };
    expect(holdingCost({ fee: undefined, annualFee: paid(135), validity })).toBeUndefined();
    expect(holdingCost({ fee: paid(749), annualFee: undefined, validity })).toBeUndefined();
    expect(holdingCost({ fee: paid(749), annualFee: paid(135), validity: undefined })).toBeUndefined();
    expect(holdingCost({ fee: paid(749), annualFee: paid(135), validity: { kind: 'lifetime' } })).toBeUndefined();
    expect(holdingCost({ fee: paid(749), annualFee: paid(135), validity: { kind: 'months', months: 18 } })).toBe(
      undefined,
    );
  });
});
