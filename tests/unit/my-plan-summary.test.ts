import { describe, expect, it } from 'vitest';
import { aheadTotals, expiryOf, inStudyOrder, retirementOf, type Planned } from '../../src/lib/my-plan/summary';
import { compared, TEST_RATES } from '../support/compared';

const TODAY = '2026-12-05';
const usd = (amount: number) => ({ kind: 'paid' as const, price: { amount, currency: 'USD' }, approx: [] });

describe('expiryOf', () => {
  it('adds the validity to the day passed, and says when that day is behind', () => {
    const threeYears = compared('a', { validity: { kind: 'years', years: 3 } });
    expect(expiryOf(threeYears, '2024-02-29', TODAY)).toEqual({ kind: 'on', date: '2027-02-28', past: false });
    expect(expiryOf(threeYears, '2023-01-10', TODAY)).toEqual({ kind: 'on', date: '2026-01-10', past: true });
    const eighteenMonths = compared('b', { validity: { kind: 'months', months: 18 } });
    expect(expiryOf(eighteenMonths, '2026-06-30', TODAY)).toMatchObject({ date: '2027-12-30' });
  });

  it('never expires for a lifetime credential, and is not known when the validity is not listed', () => {
    expect(expiryOf(compared('a', { validity: { kind: 'lifetime' } }), '2020-01-01', TODAY)).toEqual({
      kind: 'lifetime',
    });
    expect(expiryOf(compared('b'), '2020-01-01', TODAY)).toEqual({ kind: 'not-listed' });
  });
});

describe('what is still ahead', () => {
  const planned: Planned[] = [
    {
      entry: { slug: 'passed', status: 'passed', passedOn: '2025-01-01' },
      certification: compared('passed', { totalCost: usd(1000), examMinutes: 600 }),
    },
    {
      entry: { slug: 'planning', status: 'planning' },
      certification: compared('planning', { totalCost: usd(300), examMinutes: 90 }),
    },
    {
      entry: { slug: 'preparing', status: 'preparing' },
      certification: compared('preparing', { totalCost: usd(100), examMinutes: null }),
    },
  ];

  it('adds the fees and exam time of the planning and preparing ones only, naming what is not listed', () => {
    const totals = aheadTotals(planned, 'INR', TEST_RATES);
    expect(totals.feesInUsd).toEqual({ value: { amount: 400, currency: 'USD' }, unlisted: [] });
    expect(totals.feesIn).toEqual({ amount: 32000, currency: 'INR' });
    expect(totals.minutes).toEqual({ value: 90, unlisted: ['preparing'] });
  });

  it('is nothing when everything is passed', () => {
    const totals = aheadTotals(planned.slice(0, 1), 'USD', TEST_RATES);
    expect(totals.feesInUsd.value.amount).toBe(0);
    expect(totals.minutes.value).toBe(0);
    expect(totals.feesIn).toBeUndefined();
  });

  it('lists the plan in study order, whatever the status', () => {
    const order = inStudyOrder([
      {
        entry: { slug: 'expert', status: 'passed', passedOn: '2025-01-01' },
        certification: compared('expert', { level: 'Expert' }),
      },
      { entry: { slug: 'next', status: 'planning' }, certification: compared('next', { comesAfter: ['first'] }) },
      { entry: { slug: 'first', status: 'preparing' }, certification: compared('first', { level: 'Intermediate' }) },
    ]);
    expect(order.map((item) => item.entry.slug)).toEqual(['first', 'next', 'expert']);
  });
});

describe('retirementOf', () => {
  it('gives a retiring or retired certification’s dates, a month as a month, and no date when none is given', () => {
    expect(retirementOf(compared('a'))).toBeUndefined();
    expect(
      retirementOf(compared('b', { status: 'retiring', retirementDate: '2027-03-31', lastBookingDate: '2027-02-28' })),
    ).toEqual({ status: 'retiring', date: '2027-03-31', lastBookingDate: '2027-02-28' });
    expect(retirementOf(compared('c', { status: 'retired', retirementDate: '2026-06' }))).toEqual({
      status: 'retired',
      date: '2026-06',
    });
    expect(retirementOf(compared('d', { status: 'retiring', retirementDate: 'not given' }))).toEqual({
      status: 'retiring',
    });
  });
});
