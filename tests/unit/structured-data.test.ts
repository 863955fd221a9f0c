import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from '../../src/lib/site/routes';
import { breadcrumbJsonLd, credentialJsonLd, serializeJsonLd } from '../../src/lib/site/structured-data';
import { sampleCertification } from '../support/sample';

const hostile = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)> & \u2028';

describe('serializeJsonLd', () => {
  it('never lets a value close the script element, and parses back to the same value', () => {
    const json = serializeJsonLd({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });
});

describe('credentialJsonLd', () => {
  const certification = sampleCertification('sample', {
    title: 'Sample Certified Engineer',
    level: 'Intermediate',
    fee: '$150',
    validity: '2 years',
    skills: 'One, Two',
  });

  it('describes the credential with its provider, level, fee and validity', () => {
    expect(credentialJsonLd(certification, 'https://site.test/sample/')).toEqual({
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

  it('numbers breadcrumb positions from 1, the current page last, every item an absolute URL', () => {
    const list = breadcrumbJsonLd([{ name: 'Home', href: paths.home() }, { name: 'Cloud' }], paths.category('cloud'));
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl(paths.home()) },
      { '@type': 'ListItem', position: 2, name: 'Cloud', item: absoluteUrl(paths.category('cloud')) },
    ]);
  });
});
