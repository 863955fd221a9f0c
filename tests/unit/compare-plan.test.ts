import { describe, expect, it } from 'vitest';
import type { ComparedCertification } from '../../src/lib/compare/compared';
import { planOrder, planTotals, renewalsDue } from '../../src/lib/compare/plan';
import { compared, TEST_RATES } from '../support/compared';

const titles = (certifications: readonly ComparedCertification[]) => certifications.map(({ title }) => title);

describe('planOrder', () => {
  it('puts a certification after the one it builds on, even when that one is of a higher level', () => {
    const ordered = planOrder([
      compared('beginner-next', { level: 'Beginner', comesAfter: ['advanced-first'] }),
      compared('advanced-first', { level: 'Advanced' }),
    ]);
    expect(titles(ordered)).toEqual(['advanced-first', 'beginner-next']);
  });

  it('orders through certifications that are not in the plan (A before B before C, plan of A and C)', () => {
    const ordered = planOrder([
      compared('c-professional', { level: 'Intermediate', comesAfter: ['b-associate', 'a-foundations'] }),
      compared('a-foundations', { level: 'Advanced' }),
    ]);
    expect(titles(ordered)).toEqual(['a-foundations', 'c-professional']);
  });

  it('orders the rest from Beginner to Expert, then by title', () => {
    const ordered = planOrder([
      compared('zeta', { level: 'Expert' }),
      compared('beta', { level: 'Intermediate' }),
      compared('alpha', { level: 'Intermediate' }),
      compared('omega', { level: 'Beginner' }),
    ]);
    expect(titles(ordered)).toEqual(['omega', 'alpha', 'beta', 'zeta']);
  });

  it('still returns every certification if a cycle slipped through', () => {
    const ordered = planOrder([compared('a', { comesAfter: ['b'] }), compared('b', { comesAfter: ['a'] })]);
    expect(titles(ordered).sort()).toEqual(['a', 'b']);
  });
});

describe('planTotals', () => {
  it('adds what each costs in all in US dollars and the chosen currency, counting free as nothing', () => {
    const totals = planTotals(
      [
        // The total, not the exam fee: a required course or a second exam counts too.
        compared('a', {
          fee: { kind: 'paid', price: { amount: 150, currency: 'USD' }, approx: [] },
          totalCost: { kind: 'paid', price: { amount: 300, currency: 'USD' }, approx: [] },
        }),
        compared('b', { totalCost: { kind: 'paid', price: { amount: 100, currency: 'EUR' }, approx: [] } }),
        compared('c', { totalCost: { kind: 'free' } }),
      ],
      'INR',
      TEST_RATES,
    );
    expect(totals.feesInUsd).toEqual({ value: { amount: 425, currency: 'USD' }, unlisted: [] });
    expect(totals.feesIn).toEqual({ amount: 34000, currency: 'INR' });
  });

  it('adds minutes and questions, naming what a file does not give', () => {
    const totals = planTotals(
      [
        compared('a', {
          examFormat: { questions: { min: null, max: 65 }, durationMinutes: 180, delivery: [] },
          examMinutes: 180,
        }),
        // Two exams of 45 minutes: the exam time is all of them, not the format of one.
        compared('b', { examFormat: { durationMinutes: 45, delivery: [] }, examMinutes: 90 }),
        compared('c', { title: 'No facts' }),
      ],
      'USD',
      TEST_RATES,
    );
    expect(totals.minutes).toEqual({ value: 270, unlisted: ['No facts'] });
    expect(totals.questions).toEqual({ value: 65, unlisted: ['b', 'No facts'] });
    expect(totals.feesInUsd.unlisted).toEqual(['a', 'b', 'No facts']);
    expect(totals.feesIn).toBeUndefined();
  });
});

describe('renewalsDue', () => {
  it('lists what expires within three years, soonest first, and leaves out lifetime and longer ones', () => {
    const due = renewalsDue([
      compared('three-years', { validity: { kind: 'years', years: 3 } }),
      compared('lifetime', { validity: { kind: 'lifetime' } }),
      compared('eighteen-months', { validity: { kind: 'months', months: 18 }, renewal: 'Earn 30 credits.' }),
      compared('five-years', { validity: { kind: 'years', years: 5 } }),
      compared('unknown'),
    ]);
    expect(due.map(({ slug, afterMonths }) => [slug, afterMonths])).toEqual([
      ['eighteen-months', 18],
      ['three-years', 36],
    ]);
    expect(due[0]?.renewal).toBe('Earn 30 credits.');
  });
});
