import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue';
import { certificationSchema } from '../../src/lib/certification-schema';
import { breadcrumbJsonLd, credentialJsonLd, serializeJsonLd } from '../../src/lib/structured-data';

const hostile = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)> & \u2028';

describe('serializeJsonLd', () => {
  it('never lets a value close the script element, and parses back to the same value', () => {
    const json = serializeJsonLd({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });
});

describe('credentialJsonLd', () => {
  const data = certificationSchema.parse({
    title: 'Sample Certified Engineer',
    provider: 'Sample Org',
    level: 'Intermediate',
    overview: 'Proves sample skills.',
    short_description: 'A sample.',
    categories: ['Cloud'],
    link: 'https://example.org/cert',
    fee: '$150',
    validity: '2 years',
    skills: 'One, Two',
  });
  const [certification] = buildCatalogue([{ slug: 'sample', data, entry: null, filePath: 'src/content/certifications/sample.mdx' }]).certifications;

  it('describes the credential with its provider, level, fee and validity', () => {
    expect(credentialJsonLd(certification!, 'https://site.test/sample/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalCredential',
      '@id': 'https://site.test/sample/',
      name: 'Sample Certified Engineer',
      description: 'Proves sample skills.',
      url: 'https://site.test/sample/',
      sameAs: 'https://example.org/cert',
      credentialCategory: 'Professional certification',
      educationalLevel: 'Intermediate',
      recognizedBy: { '@type': 'Organization', name: 'Sample Org' },
      about: ['Cloud'],
      competencyRequired: ['One', 'Two'],
      validFor: 'P2Y',
      offers: { '@type': 'Offer', category: 'Exam fee', price: 150, priceCurrency: 'USD' },
    });
  });

  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbJsonLd([
      { name: 'Home', url: 'https://site.test/' },
      { name: 'Cloud', url: 'https://site.test/categories/cloud/' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://site.test/' },
      { '@type': 'ListItem', position: 2, name: 'Cloud', item: 'https://site.test/categories/cloud/' },
    ]);
  });
});
