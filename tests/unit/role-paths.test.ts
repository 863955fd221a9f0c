import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { ROLE_BY_ID } from '../../src/lib/catalogue/roles';
import {
  certificationsForRole,
  rolePage,
  rolePages,
  routeTotals,
  studyOrder,
  weeksToFinish,
} from '../../src/lib/site/role-paths';
import type { ExchangeRates } from '../../src/lib/values/exchange';
import { sampleInput as entry, SAMPLE_TODAY } from '../support/sample';

const RATES: ExchangeRates = { base: 'USD', date: '2026-12-02', source: 'test', rates: { USD: 1, EUR: 0.5, INR: 80 } };
const role = (id: string) => ROLE_BY_ID.get(id)!;
const A = { provider: 'Acme', roles: ['cloud-architect'] };
const hours = (value: number) => ({
  hours: value,
  basis: 'The provider’s course',
  source: 'https://example.org/course',
  checked: '2026-12-05',
});

const catalogue = buildCatalogue(
  [
    entry('acme-expert', { ...A, title: 'Acme Expert Architect', level: 'Expert', fee: '$400', validity: '2 years' }),
    entry('acme-associate', {
      ...A,
      title: 'Acme Associate Architect',
      level: 'Intermediate',
      fee: '€100',
      exam_format: '60 questions, 90 minutes',
      validity: '1 year',
      renewal_fee: '$50',
      study_hours: hours(25.5),
    }),
    entry('acme-basics', {
      ...A,
      title: 'Zed Acme Basics',
      level: 'Intermediate',
      fee: 'Free',
      leads_to: 'acme-associate',
      study_hours: hours(12),
    }),
    entry('acme-old', {
      ...A,
      title: 'Acme Old Architect',
      status: 'retired',
      retirement_date: '2025-01-31',
      replaced_by: 'acme-new',
    }),
    entry('acme-new', { provider: 'Acme', title: 'Acme New Engineer', level: 'Advanced', roles: ['cloud-engineer'] }),
    entry('neutral', {
      provider: 'Neutral Body',
      title: 'Neutral Architect',
      level: 'Intermediate',
      roles: ['cloud-architect'],
      annual_fee: '$10',
    }),
    entry('other-neutral', {
      provider: 'Other Body',
      title: 'Other Body Cloud Practitioner',
      level: 'Beginner',
      roles: ['cloud-architect'],
    }),
    entry('unrelated', { provider: 'Acme', title: 'Acme Data', roles: ['data-analyst'] }),
  ],
  { today: SAMPLE_TODAY },
);
const slugs = (certifications: readonly { slug: string }[]) => certifications.map(({ slug }) => slug);

describe('the certifications of a role', () => {
  it('leave retired ones out and bring in the current one that replaces them', () => {
    const found = slugs(certificationsForRole(catalogue, 'cloud-architect')).sort();
    expect(found).toEqual(['acme-associate', 'acme-basics', 'acme-expert', 'acme-new', 'neutral', 'other-neutral']);
  });

  it('give a page only to the roles some current certification leads to', () => {
    const roles = ['cloud-architect', 'actuary', 'data-analyst'].map(role);
    const withPage = rolePages(catalogue, roles).filter((page) => page.count > 0);
    expect(withPage.map(({ role: { id } }) => id)).toEqual(['cloud-architect', 'data-analyst']);
  });

  it('go in study order: after what they build on, then from Beginner to Expert, then by title', () => {
    const steps = certificationsForRole(catalogue, 'cloud-architect').filter((step) => step.provider === 'Acme');
    expect(slugs(studyOrder(catalogue, steps))).toEqual(['acme-basics', 'acme-associate', 'acme-new', 'acme-expert']);
  });

  it('form one route per provider, the longest first, each with its plan on the compare page', () => {
    const page = rolePage(catalogue, role('cloud-architect'));
    expect(page.routes.map((route) => [route.provider?.name, route.steps.length])).toEqual([
      ['Acme', 4],
      ['Neutral Body', 1],
      ['Other Body', 1],
    ]);
    expect(page.routes[0]!.plan).toEqual({
      href: '/compare/?ids=acme-basics,acme-associate,acme-new,acme-expert&view=plan',
      steps: 4,
    });
    expect(page.count).toBe(6);
  });

  it('gather the vendor-neutral providers’ certifications into one route, naming its providers', () => {
    const page = rolePage(catalogue, role('cloud-architect'), new Set(['Neutral Body', 'Other Body']));
    const neutral = page.routes.find((route) => route.id === 'vendor-neutral')!;
    expect(neutral.provider).toBeUndefined();
    expect(neutral.neutralProviders).toEqual(['Neutral Body', 'Other Body']);
    // From Beginner up, whoever awards it.
    expect(slugs(neutral.steps)).toEqual(['other-neutral', 'neutral']);
    expect(page.routes.map((route) => route.id)).toEqual(['acme', 'vendor-neutral']);
  });
});

describe('the totals of a route', () => {
  const bySlug = new Map(catalogue.certifications.map((certification) => [certification.slug, certification]));
  const steps = (...names: string[]) => names.map((name) => bySlug.get(name)!);

  it('add fees in US dollars through the rates, a free exam as zero, and name the steps without a fee', () => {
    const totals = routeTotals(steps('acme-expert', 'acme-associate', 'acme-basics', 'acme-new'), RATES);
    expect(totals.fees).toEqual({ usd: { amount: 600, currency: 'USD' }, unlisted: ['Acme New Engineer'] });
  });

  it('add exam minutes, naming the steps that do not give them', () => {
    const totals = routeTotals(steps('acme-associate', 'acme-expert'), RATES);
    expect(totals.minutes).toEqual({ value: 90, unlisted: ['Acme Expert Architect'] });
  });

  it('add the hours stated, name the steps without them, and estimate weeks only when all state them', () => {
    const partial = routeTotals(steps('acme-basics', 'acme-associate', 'acme-expert'), RATES);
    expect(partial.studyHours).toEqual({ value: 37.5, unlisted: ['Acme Expert Architect'] });
    expect(weeksToFinish(partial)).toBeUndefined();
    const whole = routeTotals(steps('acme-basics', 'acme-associate'), RATES);
    // 37.5 hours at 10 a week: 4 weeks, rounded up; at 5 a week, 8.
    expect(weeksToFinish(whole)).toBe(4);
    expect(weeksToFinish(whole, 5)).toBe(8);
    expect(weeksToFinish(routeTotals(steps('acme-expert'), RATES))).toBeUndefined();
  });

  it('count renewals as often as they fall due in three years, with yearly fees, naming unpriced ones', () => {
    // One year of validity: due three times at $50; two years: once, its fee not listed; a $10 yearly fee.
    const totals = routeTotals(steps('acme-associate', 'acme-expert', 'neutral'), RATES);
    expect(totals.renewals).toEqual({
      usd: { amount: 180, currency: 'USD' },
      unlisted: ['Acme Expert Architect'],
      due: 4,
    });
  });
});
