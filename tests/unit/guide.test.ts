/**
 * The guide's ranking on fixture catalogues: it never suggests a retired certification or one the
 * student holds (or is past), keeps to the budget, the language and the provider, suits the level to
 * the student's stage, and explains every suggestion with facts. And its answers in the address.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { answersQuery, readAnswers, type GuideAnswers } from '../../src/lib/guide/answers';
import { MAX_SUGGESTIONS, leftOutText, rankCertifications } from '../../src/lib/guide/ranking';
import { guideIndex } from '../../src/lib/site/guide-index';
import type { ExchangeRates } from '../../src/lib/values/exchange';
import { sampleInput as entry, SAMPLE_TODAY } from '../support/sample';

const RATES: ExchangeRates = { base: 'USD', date: '2026-12-02', source: 'test', rates: { USD: 1, EUR: 0.5, INR: 80 } };
const cloud = { roles: ['cloud-architect'] };
const acme = { ...cloud, provider: 'Acme' };

const catalogue = buildCatalogue(
  [
    entry('acme-basics', {
      ...acme,
      title: 'Acme Cloud Basics',
      level: 'Beginner',
      fee: '$100',
      languages: ['English', 'Hindi'],
      leads_to: 'acme-associate',
    }),
    entry('acme-associate', {
      ...acme,
      title: 'Acme Associate Architect',
      level: 'Intermediate',
      fee: '$150',
      languages: ['English'],
      leads_to: 'acme-professional',
    }),
    entry('acme-professional', {
      ...acme,
      title: 'Acme Professional Architect',
      level: 'Advanced',
      fee: '$300',
      languages: ['English', 'Hindi'],
    }),
    entry('acme-expert', { ...acme, title: 'Acme Expert Architect', level: 'Expert', languages: ['English'] }),
    entry('acme-old', {
      ...acme,
      title: 'Acme Old Architect',
      level: 'Beginner',
      fee: '$50',
      status: 'retired',
      retirement_date: '2025-01-31',
    }),
    entry('acme-study', {
      ...acme,
      title: 'Acme Studied Foundations',
      level: 'Beginner',
      fee: 'Free',
      study_hours: { hours: 30, basis: 'Acme’s course', source: 'https://example.org/course', checked: '2026-12-05' },
    }),
    entry('zenith-basics', {
      ...cloud,
      provider: 'Zenith',
      title: 'Zenith Cloud Basics',
      level: 'Beginner',
      fee: '€60',
    }),
    entry('zenith-pro', {
      ...cloud,
      provider: 'Zenith',
      title: 'Zenith Cloud Pro',
      level: 'Advanced',
      fee: '€200',
      languages: ['Hindi'],
    }),
    entry('data-one', { roles: ['data-analyst'], provider: 'Acme', title: 'Acme Data', level: 'Beginner', fee: '$10' }),
  ],
  { today: SAMPLE_TODAY },
);
const index = guideIndex(catalogue);
const rank = (answers: Partial<GuideAnswers>) =>
  rankCertifications(index, { role: 'cloud-architect', stage: 'new', held: [], ...answers }, RATES)!;
const slugs = (answers: Partial<GuideAnswers>) =>
  rank(answers).suggestions.map(({ certification }) => certification.slug);

describe('the guide’s index', () => {
  it('holds the roles with a page, their routes as the role page shows them, and only current certifications', () => {
    expect(index.roles.map(({ id }) => id)).toEqual(['cloud-architect', 'data-analyst']);
    const role = index.roles[0]!;
    expect(role.routes.map(({ id }) => id)).toEqual(['acme', 'zenith']);
    expect(role.routes[0]!.href).toBe('/roles/cloud-architect/#route-acme');
    expect(Object.keys(index.certifications)).not.toContain('acme-old');
    expect(index.languages).toEqual(['English', 'Hindi']);
  });
});

describe('the guide’s shortlist', () => {
  it('never suggests a retired certification, and gives at most five', () => {
    for (const stage of ['new', 'some', 'experienced'] as const) {
      const found = slugs({ stage });
      expect(found).not.toContain('acme-old');
      expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    }
    expect(slugs({})).toHaveLength(MAX_SUGGESTIONS);
  });

  it('suits the level to where the student is', () => {
    expect(index.certifications[slugs({ stage: 'new' })[0]!]!.level).toBe('Beginner');
    expect(index.certifications[slugs({ stage: 'experienced' })[0]!]!.level).toBe('Advanced');
  });

  it('never suggests what the student holds, nor the steps it comes after, and prefers what builds on it', () => {
    const result = rank({ stage: 'some', held: ['acme-associate'] });
    const found = result.suggestions.map(({ certification }) => certification.slug);
    expect(found).not.toContain('acme-associate');
    expect(found).not.toContain('acme-basics');
    expect(found[0]).toBe('acme-professional');
    expect(result.suggestions[0]!.reasons).toContain('builds on Acme Associate Architect, which you hold');
    expect(result.left.held).toBe(2);
  });

  it('keeps to the budget in the student’s currency, leaving out fees over it and fees not fixed', () => {
    // ₹10,000 is $125: the $100 and €60 ($120) exams fit, the free one too; $150 and more do not.
    const result = rank({ budget: { amount: 10000, currency: 'INR' } });
    expect(result.suggestions.map(({ certification }) => certification.slug).sort()).toEqual([
      'acme-basics',
      'acme-study',
      'zenith-basics',
    ]);
    expect(result.left).toMatchObject({ budget: 3, noFee: 1 });
    expect(leftOutText(result.left)).toEqual(['3 over your budget', '1 without a fixed fee']);
  });

  it('keeps to the exam language, leaving out certifications that list none', () => {
    const result = rank({ language: 'Hindi', stage: 'experienced' });
    // Both Advanced; Acme's has two steps before it that the student does not hold.
    expect(result.suggestions.map(({ certification }) => certification.slug)).toEqual([
      'zenith-pro',
      'acme-professional',
      'acme-basics',
    ]);
    for (const { reasons } of result.suggestions) expect(reasons).toContain('offered in Hindi');
    expect(result.left).toMatchObject({ language: 2, noLanguage: 2 });
  });

  it('keeps to one route when the student picks a provider', () => {
    expect(slugs({ provider: 'zenith' })).toEqual(['zenith-basics', 'zenith-pro']);
  });

  it('explains every suggestion with facts: level, fee in the student’s currency, where it stands on its route', () => {
    const result = rank({ budget: { amount: 20000, currency: 'INR' }, language: 'Hindi', hoursPerWeek: 4 });
    const basics = result.suggestions.find(({ certification }) => certification.slug === 'acme-basics')!;
    expect(basics.reasons).toEqual([
      'Beginner',
      '$100 (≈ ₹8,000)',
      'offered in Hindi',
      'first step of the Acme route',
      'leads to Acme Associate Architect on the Acme route',
    ]);
    for (const { reasons, certification } of rank({ stage: 'some' }).suggestions) {
      expect(reasons[0]).toBe(certification.level);
      expect(reasons.length).toBeGreaterThanOrEqual(3);
    }
    const studied = rank({ hoursPerWeek: 4 }).suggestions.find(
      ({ certification }) => certification.slug === 'acme-study',
    );
    expect(studied!.reasons).toContain(
      '30 hours of preparation stated by the provider: about 8 weeks at 4 hours a week',
    );
  });

  it('says why a step is early: the steps of its route that come before it', () => {
    const pro = rank({ stage: 'experienced' }).suggestions.find(
      ({ certification }) => certification.slug === 'acme-professional',
    );
    expect(pro!.reasons).toContain('2 steps of its route come before it');
  });

  it('gives nothing for a role the index does not know', () => {
    expect(rankCertifications(index, { role: 'astronaut', stage: 'new', held: [] }, RATES)).toBeUndefined();
  });
});

describe('the guide’s answers in the address', () => {
  it('are read back as written', () => {
    const answers: GuideAnswers = {
      role: 'cloud-architect',
      stage: 'some',
      held: ['acme-basics', 'zenith-basics'],
      budget: { amount: 250.5, currency: 'EUR' },
      provider: 'acme',
      language: 'Hindi',
      hoursPerWeek: 6,
    };
    const query = answersQuery(answers);
    expect(query).toBe(
      '?role=cloud-architect&stage=some&held=acme-basics&held=zenith-basics&budget=250.5&currency=EUR' +
        '&provider=acme&language=Hindi&hours=6',
    );
    expect(readAnswers(new URLSearchParams(query), index, RATES)).toEqual(answers);
  });

  it('drop what the index does not know, whatever the address holds', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const params = new URLSearchParams({
      role: 'cloud-architect',
      stage: hostile,
      held: `acme-basics,${hostile},__proto__`,
      budget: '-5',
      currency: 'XXX',
      provider: hostile,
      language: hostile,
      hours: '1e9',
    });
    expect(readAnswers(params, index, RATES)).toEqual({ role: 'cloud-architect', stage: 'new', held: ['acme-basics'] });
    expect(readAnswers(new URLSearchParams({ role: hostile }), index, RATES)).toBeUndefined();
    expect(readAnswers(new URLSearchParams({ role: 'cloud-architect', budget: '0' }), index, RATES)?.budget).toEqual({
      amount: 0,
      currency: 'USD',
    });
  });
});
