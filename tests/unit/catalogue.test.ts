import { describe, expect, it } from 'vitest';
import { buildCatalogue, lastUpdatedOf } from '../../src/lib/catalogue/catalogue';
import { sampleInput as entry, checkedOn, SAMPLE_TODAY } from '../support/sample';

describe('buildCatalogue', () => {
  const catalogue = buildCatalogue(
    [
      entry('zeta', { title: 'Zeta Cert', categories: ['machine learning', 'Cloud'], provider: 'Acme' }),
      entry('alpha', { title: 'alpha cert', categories: ['Machine Learning'], level: 'Expert' }),
      entry('beta', { title: 'Beta Cert 10', categories: ['Machine Learning'], provider: 'acme' }),
      entry('gamma', { title: 'Beta Cert 9', categories: ['Security'] }),
    ],
    { today: SAMPLE_TODAY },
  );

  it('sorts certifications by title, ignoring case and reading numbers as numbers', () => {
    expect(catalogue.certifications.map((certification) => certification.slug)).toEqual([
      'alpha',
      'gamma',
      'beta',
      'zeta',
    ]);
  });

  it('merges category spellings by slug and counts each category’s certifications', () => {
    expect(catalogue.categories.map(({ slug, name, certifications }) => [slug, name, certifications.length])).toEqual([
      ['cloud', 'Cloud', 1],
      ['machine-learning', 'Machine Learning', 3],
      ['security', 'Security', 1],
    ]);
  });

  it('links each certification to the display names of its terms', () => {
    const zeta = catalogue.certifications.find((certification) => certification.slug === 'zeta');
    expect(zeta?.categoryLinks).toEqual([
      { slug: 'machine-learning', name: 'Machine Learning' },
      { slug: 'cloud', name: 'Cloud' },
    ]);
    expect(zeta?.providerLink).toEqual({ slug: 'acme', name: 'Acme' });
  });

  it('lists all four levels, empty ones included', () => {
    expect(catalogue.levels.map(({ slug, certifications }) => [slug, certifications.length])).toEqual([
      ['beginner', 3],
      ['intermediate', 0],
      ['advanced', 0],
      ['expert', 1],
    ]);
  });
});

describe('lastUpdatedOf', () => {
  it('prefers the last commit, then the last verification', () => {
    expect(lastUpdatedOf('2026-05-02', '2026-01-01')).toEqual({ date: '2026-05-02', source: 'git' });
    expect(lastUpdatedOf(undefined, '2026-01-01')).toEqual({ date: '2026-01-01', source: 'last_verified' });
    expect(lastUpdatedOf(undefined, undefined)).toBeUndefined();
  });
});

describe('last updated', () => {
  it('prefers the last commit, then the last verification, else says nothing', () => {
    const { certifications } = buildCatalogue(
      [
        { ...entry('committed', checkedOn('2026-01-01')), lastCommitDate: '2026-05-02' },
        entry('verified', checkedOn('2026-01-01')),
        entry('neither', {}),
      ],
      { today: SAMPLE_TODAY },
    );
    const bySlug = new Map(certifications.map((certification) => [certification.slug, certification.lastUpdated]));
    expect(bySlug.get('committed')).toEqual({ date: '2026-05-02', source: 'git' });
    expect(bySlug.get('verified')).toEqual({ date: '2026-01-01', source: 'last_verified' });
    expect(bySlug.get('neither')).toBeUndefined();
  });
});

describe('related certifications', () => {
  const inputs = [
    entry('subject', { categories: ['Cloud', 'AI', 'Data'], provider: 'Acme', level: 'Intermediate' }),
    entry('two-shared', { categories: ['Cloud', 'AI'] }),
    entry('one-shared-same-provider', { categories: ['Data'], provider: 'Acme' }),
    entry('one-shared-near-level', { categories: ['Data'], level: 'Advanced' }),
    entry('one-shared-far-level', { categories: ['AI'], level: 'Expert' }),
    entry('unrelated', { categories: ['Security'] }),
  ];
  const relatedTo = (slug: string, count: number) =>
    buildCatalogue(inputs, { today: SAMPLE_TODAY, relatedCount: count }).related.get(slug) ?? [];

  it('ranks by shared categories, then provider, then closeness of level, and leaves out the unrelated', () => {
    expect(relatedTo('subject', 10).map((certification) => certification.slug)).toEqual([
      'two-shared',
      'one-shared-same-provider',
      'one-shared-near-level',
      'one-shared-far-level',
    ]);
  });

  it('never suggests the certification itself and respects the count', () => {
    const related = relatedTo('subject', 2);
    expect(related.map((certification) => certification.slug)).toEqual(['two-shared', 'one-shared-same-provider']);
    expect(related.map((certification) => certification.slug)).not.toContain('subject');
  });

  it('prefers the closer level among equals, and gives a certification sharing no category nothing', () => {
    expect(relatedTo('one-shared-near-level', 10).map((certification) => certification.slug)).toEqual([
      'subject',
      'one-shared-same-provider',
    ]);
    expect(relatedTo('unrelated', 10)).toEqual([]);
  });

  it('breaks a tie by title', () => {
    const { related } = buildCatalogue([entry('b-cert'), entry('c-cert'), entry('a-cert')], {
      today: SAMPLE_TODAY,
      relatedCount: 4,
    });
    expect(related.get('c-cert')?.map((certification) => certification.slug)).toEqual(['a-cert', 'b-cert']);
  });
});
