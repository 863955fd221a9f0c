import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { API_VERSION, apiCertification, certificationDocument, certificationsApi } from '../../src/lib/site/api';
import { certificationJsonSchema } from '../../src/lib/site/api-schema';
import { CERTIFICATION_DATA_KEYS } from '../../src/lib/schema';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

const pageUrl = (slug: string) => `https://certs.example.org/${slug}/`;

describe('the JSON API', () => {
  it('gives every fact of the schema, null when the file leaves it out', () => {
    const catalogue = buildCatalogue([sampleInput('sample', { fee: '$150' })], { today: SAMPLE_TODAY });
    const certification = apiCertification(catalogue.certifications[0]!, catalogue, pageUrl);
    expect(Object.keys(certification)).toEqual([
      'slug',
      'url',
      ...CERTIFICATION_DATA_KEYS.map((key) => (key === 'link' ? 'officialLink' : key)),
      // Computed from the catalogue: what it is a paper of, what earning it costs, its exam time.
      'paperOf',
      'totalCost',
      'examMinutes',
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
      buildsOn: [],
      status: 'active',
      retirementDate: null,
      replacedBy: null,
      paperOf: null,
      totalCost: { kind: 'paid', price: { amount: 150, currency: 'USD' }, approx: [] },
    });
  });

  it('names a retired certification’s successor and a paper’s qualification as links', () => {
    const catalogue = buildCatalogue(
      [
        sampleInput('old', { status: 'retired', retirement_date: '2026-03-31', replaced_by: 'new' }),
        sampleInput('new', { title: 'The New One' }),
        sampleInput('qualification', { kind: 'qualification', papers: ['paper'] }),
        sampleInput('paper', { kind: 'paper', fee: '£100' }),
      ],
      { today: SAMPLE_TODAY },
    );
    const api = (slug: string) => apiCertification(catalogue.bySlug.get(slug)!, catalogue, pageUrl);
    expect(api('old').replacedBy).toEqual({ slug: 'new', title: 'The New One' });
    expect(api('qualification').papers).toEqual([{ slug: 'paper', title: 'paper' }]);
    expect(api('qualification').totalCost).toEqual({
      kind: 'paid',
      price: { amount: 100, currency: 'GBP' },
      approx: [],
    });
    expect(api('paper').paperOf).toEqual({ slug: 'qualification', title: 'qualification' });
  });

  it('resolves relations written in either file to slugs and titles, both ways', () => {
    const catalogue = buildCatalogue(
      [
        sampleInput('foundations', { leads_to: ['associate'] }),
        sampleInput('associate'),
        sampleInput('professional', { builds_on: ['associate'] }),
      ],
      { today: SAMPLE_TODAY },
    );
    const bySlug = new Map(catalogue.certifications.map((certification) => [certification.slug, certification]));
    const associate = certificationDocument(bySlug.get('associate')!, catalogue, pageUrl);
    expect(associate.buildsOn).toEqual([{ slug: 'foundations', title: 'foundations' }]);
    expect(associate.leadsTo).toEqual([{ slug: 'professional', title: 'professional' }]);
    const professional = certificationDocument(bySlug.get('professional')!, catalogue, pageUrl);
    expect(professional.comesAfter).toEqual(['associate', 'foundations']);
    expect(professional.facts?.find((fact) => fact.id === 'level')).toEqual({
      id: 'level',
      term: 'Level',
      text: 'Beginner',
    });
  });

  it('versions and counts the whole list', () => {
    const api = certificationsApi(
      buildCatalogue([sampleInput('b'), sampleInput('a')], { today: SAMPLE_TODAY }),
      pageUrl,
    );
    expect(api.version).toBe(API_VERSION);
    expect(api.count).toBe(2);
    expect(api.certifications.map((certification) => certification.slug)).toEqual(['a', 'b']);
  });
});

describe('the JSON Schema of a certification', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    certificationJsonSchema('https://certs.example.org/api/certification.schema.json'),
  );

  it('accepts an entry and a document, and refuses one with a wrong fact', () => {
    const catalogue = buildCatalogue(
      [
        sampleInput('full', {
          fee: '$300 (approx ₹25,000)',
          exam_format: '65 questions, 180 minutes, online proctored',
          validity: '3 years',
          passing_score: '750 of 1000',
        }),
      ],
      { today: SAMPLE_TODAY },
    );
    const [certification] = catalogue.certifications;
    const entry = apiCertification(certification!, catalogue, pageUrl);
    expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(certificationDocument(certification!, catalogue, pageUrl))).toBe(true);
    expect(validate({ ...entry, level: 'Wizard' })).toBe(false);
    expect(validate({ ...entry, fee: { kind: 'paid', price: { amount: '300', currency: 'USD' }, approx: [] } })).toBe(
      false,
    );
    expect(validate({ ...entry, extra: true })).toBe(false);
  });
});
