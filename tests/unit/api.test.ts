import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { API_VERSION, apiCertification, certificationsApi } from '../../src/lib/site/api';
import { CERTIFICATION_DATA_KEYS } from '../../src/lib/schema';
import { sampleCertification, sampleInput } from '../support/sample';

const pageUrl = (slug: string) => `https://certs.example.org/${slug}/`;

describe('the JSON API', () => {
  it('gives every fact of the schema, null when the file leaves it out', () => {
    const certification = apiCertification(sampleCertification('sample', { fee: '$150' }), pageUrl);
    expect(Object.keys(certification)).toEqual([
      'slug',
      'url',
      ...CERTIFICATION_DATA_KEYS.map((key) => (key === 'link' ? 'officialLink' : key)),
    ]);
    expect(certification).toMatchObject({
      slug: 'sample',
      url: 'https://certs.example.org/sample/',
      provider: { slug: 'sample-org', name: 'Sample Org' },
      categories: [{ slug: 'cloud', name: 'Cloud' }],
      officialLink: 'https://example.org/cert',
      fee: { kind: 'paid', price: { amount: 150, currency: 'USD' }, approx: [] },
      examFormat: null,
      validity: null,
      skills: [],
      status: 'active',
      retirementDate: null,
    });
  });

  it('versions and counts the whole list', () => {
    const api = certificationsApi(buildCatalogue([sampleInput('b'), sampleInput('a')]), pageUrl);
    expect(api.version).toBe(API_VERSION);
    expect(api.count).toBe(2);
    expect(api.certifications.map((certification) => certification.slug)).toEqual(['a', 'b']);
  });
});
