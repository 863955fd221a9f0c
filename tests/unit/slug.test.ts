import { describe, expect, it } from 'vitest';
import { FILE_SLUG_FORMAT, fileSlug, termSlug } from '../../src/lib/text/slug';

describe('termSlug', () => {
  it.each([
    ['Machine Learning', 'machine-learning'],
    ['machine learning', 'machine-learning'],
    ['  AI / ML  ', 'ai-ml'],
    ['Amazon Web Services (AWS)', 'amazon-web-services-aws'],
    ['C++ & C#', 'c-plus-plus-c-sharp'],
    ['Security+', 'security-plus'],
    ['Sécurité', 'sécurité'],
    ['हिंदी', 'हिंदी'],
    ['機械学習', '機械学習'],
    ['---', ''],
  ])('%s → %s', (name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });
});

describe('fileSlug', () => {
  it.each([
    ['AWS Certified Machine Learning – Specialty', 'aws-certified-machine-learning-specialty'],
    ['CompTIA Security+ (SY0-701)', 'comptia-security-plus-sy0-701'],
    ['CompTIA A+', 'comptia-a-plus'],
    ['C# and C++', 'c-sharp-and-c-plus-plus'],
    ['Ingénieur Réseau Certifié', 'ingenieur-reseau-certifie'],
    ['Tips & Tricks', 'tips-and-tricks'],
    ['基本情報技術者試験', ''],
  ])('%s → %s', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });

  it('keeps slugs to 80 characters, cut between words', () => {
    const slug = fileSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('FILE_SLUG_FORMAT', () => {
  it('is what fileSlug makes of any title with Latin letters', () => {
    for (const title of ['AWS Certified Machine Learning – Specialty', 'C++ & C#', 'Ingénieur Réseau', ' --x-- ']) {
      expect(fileSlug(title), title).toMatch(FILE_SLUG_FORMAT);
    }
    expect('Bad_Name').not.toMatch(FILE_SLUG_FORMAT);
    expect('double--hyphen').not.toMatch(FILE_SLUG_FORMAT);
  });
});
