import { describe, expect, it } from 'vitest';
import { findNearDuplicates, mergeTerms, similarName } from '../../src/lib/catalogue/taxonomy';

describe('mergeTerms', () => {
  it('merges spellings with one slug and shows the most common one', () => {
    const terms = mergeTerms([
      { name: 'machine learning', file: 'a' },
      { name: 'Machine Learning', file: 'b' },
      { name: 'Machine Learning', file: 'c' },
      { name: 'Cloud', file: 'a' },
    ]);
    expect(terms).toEqual([
      { slug: 'cloud', name: 'Cloud', spellings: ['Cloud'], files: ['a'] },
      {
        slug: 'machine-learning',
        name: 'Machine Learning',
        spellings: ['Machine Learning', 'machine learning'],
        files: ['a', 'b', 'c'],
      },
    ]);
  });

  it('breaks a tie between spellings the same way every time (code-point order)', () => {
    const forwards = mergeTerms([
      { name: 'devops', file: 'a' },
      { name: 'DevOps', file: 'b' },
    ]);
    const backwards = mergeTerms([
      { name: 'DevOps', file: 'b' },
      { name: 'devops', file: 'a' },
    ]);
    expect(forwards[0]?.name).toBe('DevOps');
    expect(backwards[0]?.name).toBe('DevOps');
  });
});

describe('findNearDuplicates', () => {
  const terms = (...names: string[]) => mergeTerms(names.map((name, index) => ({ name, file: `f${index}` })));

  it('pairs names two edits apart or fewer', () => {
    const pairs = findNearDuplicates(terms('Data Engineering', 'Data Engineerng', 'Cloud'));
    expect(pairs.map(({ first, second }) => [first.name, second.name])).toEqual([
      ['Data Engineering', 'Data Engineerng'],
    ]);
  });

  it('allows short names one edit only: two acronyms two letters apart are two bodies', () => {
    const pairs = findNearDuplicates(terms('IABAC', 'IASSC', 'Cisco', 'Cisko'));
    expect(pairs.map(({ first, second }) => [first.name, second.name])).toEqual([['Cisco', 'Cisko']]);
  });

  it('ignores names of four characters or fewer', () => {
    expect(findNearDuplicates(terms('Data', 'Java', 'AI', 'ML'))).toEqual([]);
  });

  it('does not pair names that differ only in numbers or short codes', () => {
    expect(
      findNearDuplicates(terms('Level 1', 'Level 2', 'Java EE', 'Java SE', 'AZ-104 Admin', 'AZ-204 Admin')),
    ).toEqual([]);
  });

  it('does not pair names with the same slug (they are one term) or three edits apart', () => {
    expect(findNearDuplicates(terms('Machine Learning', 'machine-learning', 'DevOps', 'DevSecOps'))).toEqual([]);
  });
});

describe('similarName', () => {
  const providers = ['Amazon Web Services (AWS)', 'Google Cloud', 'ISC2'];

  it('finds the catalogue spelling that contains a short name as whole words, or is contained in it', () => {
    expect(similarName('AWS', providers)).toBe('Amazon Web Services (AWS)');
    expect(similarName('Google Cloud Platform', providers)).toBe('Google Cloud');
  });

  it('finds nothing for an exact match, partial words or an unrelated name', () => {
    expect(similarName('ISC2', providers)).toBeUndefined();
    expect(similarName('Goo', providers)).toBeUndefined();
    expect(similarName('Cisco', providers)).toBeUndefined();
  });
});
