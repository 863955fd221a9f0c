import { describe, expect, it } from 'vitest';
import { codeTerms, isCodeLike, nameKeys, significantWords, type SearchDocument } from '../../src/lib/search/document';
import { createSearch, listedByDefault, namesRetired, typosAllowed } from '../../src/lib/search/ranking';

/** A fixture document; only what a case needs is given. */
function document(slug: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    slug,
    url: `/${slug}/`,
    title: slug,
    provider: 'Sample Org',
    providerAliases: [],
    codes: [],
    aliases: [],
    retired: false,
    ...fields,
  };
}

const AWS = { provider: 'Amazon Web Services (AWS)' };
const DOCUMENTS = [
  document('saa', { ...AWS, title: 'AWS Certified Solutions Architect – Associate', codes: ['SAA-C03'] }),
  document('sap', { ...AWS, title: 'AWS Certified Solutions Architect – Professional', codes: ['SAP-C02'] }),
  document('az-900', { provider: 'Microsoft', title: 'Microsoft Azure Fundamentals', codes: ['AZ-900'] }),
  document('az-500', {
    provider: 'Microsoft',
    title: 'Microsoft Azure Security Engineer Associate',
    codes: ['AZ-500'],
  }),
  document('security-plus', { provider: 'CompTIA', title: 'CompTIA Security+', codes: ['SY0-701'] }),
  document('a-plus', { provider: 'CompTIA', title: 'CompTIA A+', codes: ['220-1201', '220-1202'] }),
  document('cka', {
    provider: 'Linux Foundation',
    providerAliases: ['CNCF'],
    title: 'Certified Kubernetes Administrator (CKA)',
    codes: ['CKA'],
  }),
  document('ckad', {
    provider: 'Linux Foundation',
    title: 'Certified Kubernetes Application Developer (CKAD)',
    codes: ['CKAD'],
  }),
  document('ml-specialty', {
    ...AWS,
    title: 'AWS Certified Machine Learning – Specialty',
    codes: ['MLS-C01'],
    retired: true,
    successor: 'ml-engineer',
  }),
  document('ml-engineer', { ...AWS, title: 'AWS Certified Machine Learning Engineer – Associate', codes: ['MLA-C01'] }),
  document('ml-databricks', { provider: 'Databricks', title: 'Databricks Certified Machine Learning Associate' }),
  document('cdmp', {
    provider: 'DAMA',
    title: 'Certified Data Management Professional',
    codes: ['Fundamentals', 'Specialist 1'],
  }),
  document('renamed', {
    provider: 'Meta',
    title: 'Meta Marketing Science Professional',
    aliases: ['Facebook Marketing Science'],
  }),
];
const search = createSearch(DOCUMENTS);
const slugs = (query: string, body?: readonly string[]) =>
  search.rank(query, body).map(({ document }) => document.slug);
const tiers = (query: string) => search.rank(query).map(({ document, tier }) => `${document.slug}:${tier}`);

describe('search documents', () => {
  it('find a code by its parts and run together, never by a one-letter part', () => {
    expect(codeTerms('SAA-C03')).toEqual(['saac03', 'saa', 'c03']);
    expect(codeTerms('CA Final Gr. I')).toEqual(['cafinalgri', 'ca', 'final', 'gr']);
  });

  it('tell codes from names written in the code field', () => {
    expect(['AZ-900', 'CKA', 'ACA-BigData', '200-301'].every(isCodeLike)).toBe(true);
    expect(['Fundamentals', 'Zendesk Admin Expert'].some(isCodeLike)).toBe(false);
  });

  it('know a title by its abbreviation, without brackets, and without the provider and filler in front', () => {
    expect(nameKeys(DOCUMENTS[6]!)).toEqual([
      'certifiedkubernetesadministratorcka',
      'certifiedkubernetesadministrator',
      'kubernetesadministrator',
      'cka',
    ]);
    expect(nameKeys(DOCUMENTS[4]!)).toContain('securityplus');
    expect(nameKeys(DOCUMENTS[0]!)).toContain('solutionsarchitectassociate');
  });

  it('take the words that tell a title apart: no provider names (or their abbreviation), no filler', () => {
    expect(significantWords(DOCUMENTS[8]!)).toEqual(['machine', 'learning', 'specialty']);
    expect(significantWords(DOCUMENTS[5]!)).toEqual(['a', 'plus']);
  });
});

describe('typosAllowed', () => {
  it('allows none under four letters, one up to six, two beyond, none in a word with a digit', () => {
    expect(['aws', 'kube', 'azure', 'securty', 'kubernets', 'az900'].map(typosAllowed)).toEqual([0, 1, 1, 2, 2, 0]);
  });
});

describe('rank', () => {
  it.each(['AZ-900', 'az900', 'az 900', 'Az–900'])('puts the code first, in any spelling: %s', (query) => {
    expect(tiers(query)[0]).toBe('az-900:code');
  });

  it.each(['SAA-C03', 'saa c03', 'saac03'])('finds SAA-C03 as %s', (query) => {
    expect(slugs(query)[0]).toBe('saa');
  });

  it('does not read a code with one digit off as a typo (az-500 is not az-900)', () => {
    expect(slugs('az900')).toEqual(['az-900']);
  });

  it('puts an exact name before title words: "cka", "security plus", "a plus", a former title', () => {
    expect(tiers('cka')[0]).toBe('cka:code');
    expect(tiers('security plus')[0]).toBe('security-plus:name');
    expect(tiers('security+')[0]).toBe('security-plus:name');
    expect(tiers('a plus')[0]).toBe('a-plus:name');
    expect(tiers('facebook marketing science')[0]).toBe('renamed:name');
  });

  it('forgives one or two typos in longer words: kubernets, securty, certifed', () => {
    expect(slugs('kubernets').slice(0, 2).sort()).toEqual(['cka', 'ckad']);
    expect(slugs('securty+')[0]).toBe('security-plus');
    expect(slugs('certifed kubernetes administrator')[0]).toBe('cka');
  });

  it('reads the last word as the start of one, and only the last', () => {
    expect(tiers('kubernetes admin')[0]).toBe('cka:name');
    expect(tiers('admin kubernetes')).toContain('cka:words');
  });

  it('finds a provider by its aliases and abbreviations', () => {
    expect(slugs('cncf')).toEqual(['cka']);
    expect(slugs('aws solutions architect').slice(0, 2).sort()).toEqual(['saa', 'sap']);
  });

  it('orders title words by how many query words match, then by score', () => {
    expect(slugs('solutions architect professional')[0]).toBe('sap');
  });

  it('does not put a certification first for a word of its code field that is a name ("fundamentals")', () => {
    expect(tiers('fundamentals')[0]).toBe('az-900:words');
  });

  it('shows a retired certification the query names, with its successor right after it', () => {
    expect(slugs('aws machine learning specialty').slice(0, 2)).toEqual(['ml-specialty', 'ml-engineer']);
    expect(slugs('MLS-C01')).toEqual(['ml-specialty', 'ml-engineer']);
  });

  it('puts a retired certification after every current one when the query does not name it', () => {
    const found = slugs('machine learning');
    expect(found.at(-1)).toBe('ml-specialty');
    expect(found).toContain('ml-databricks');
  });

  it('counts for the browse page what it lists by default: a retired certification only when named', () => {
    const unnamed = search.rank('machine learning');
    expect(namesRetired(unnamed)).toBe(false);
    expect(listedByDefault(unnamed).map(({ document }) => document.slug)).not.toContain('ml-specialty');
    expect(listedByDefault(unnamed)).toHaveLength(unnamed.length - 1);
    const named = search.rank('MLS-C01');
    expect(namesRetired(named)).toBe(true);
    expect(listedByDefault(named)).toHaveLength(named.length);
  });

  it('adds what only the page text matches after the word matches, in the order given, once', () => {
    expect(slugs('kubernetes', ['a-plus', 'cka', 'az-500'])).toEqual(['cka', 'ckad', 'a-plus', 'az-500']);
  });

  it('ignores body slugs it does not know, and answers nothing for an empty query', () => {
    expect(slugs('kubernetes', ['nowhere'])).toEqual(['cka', 'ckad']);
    expect(slugs('  - ')).toEqual([]);
  });
});
