import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problemMessage } from '../../src/lib/fields/problem';
import { certificationSchema, FIELD_KEYS, fieldDoc, unknownFieldProblem } from '../../src/lib/schema';
import { MINIMAL_FRONT_MATTER as minimal } from '../support/sample';

const unknownFieldMessage = (key: string) => problemMessage(unknownFieldProblem(key));

function issuesOf(input: Record<string, unknown>) {
  const result = certificationSchema.safeParse(input);
  if (result.success) throw new Error('expected the schema to refuse this input');
  return result.error.issues;
}

describe('certificationSchema', () => {
  it('parses the original entry’s front matter into typed values, ignoring the Jekyll layout key', () => {
    const data = certificationSchema.parse({
      layout: 'certifications/certifications-individual',
      title: 'AWS Certified Machine Learning – Specialty',
      provider: 'Amazon Web Services (AWS)',
      fee: '$300 (approx ₹25,000)',
      level: 'Advanced',
      prerequisites:
        'Courses like Introduction to Machine Learning, Data Science and Management, Advanced Machine Learning',
      skills: 'Model Deployment, Data Engineering, Feature Engineering, Cloud ML Tools',
      exam_format: '65 questions, 180 minutes, online proctored',
      validity: '3 years',
      link: 'https://aws.amazon.com/certification/certified-machine-learning-specialty/',
      overview: 'Validates expertise in building, training, and deploying ML models on AWS.',
      categories: ['Machine Learning', 'Cloud', 'AI'],
      short_description: 'Advanced certification for deploying and managing ML models using AWS services.',
    });
    expect(data).toEqual({
      title: 'AWS Certified Machine Learning – Specialty',
      provider: 'Amazon Web Services (AWS)',
      level: 'Advanced',
      overview: 'Validates expertise in building, training, and deploying ML models on AWS.',
      shortDescription: 'Advanced certification for deploying and managing ML models using AWS services.',
      categories: ['Machine Learning', 'Cloud', 'AI'],
      link: 'https://aws.amazon.com/certification/certified-machine-learning-specialty/',
      fee: { kind: 'paid', price: { amount: 300, currency: 'USD' }, approx: [{ amount: 25000, currency: 'INR' }] },
      examFormat: { questions: { min: 65, max: 65 }, durationMinutes: 180, delivery: ['online proctored'] },
      validity: { kind: 'years', years: 3 },
      skills: ['Model Deployment', 'Data Engineering', 'Feature Engineering', 'Cloud ML Tools'],
      prerequisites: [
        'Courses like Introduction to Machine Learning, Data Science and Management, Advanced Machine Learning',
      ],
      questionTypes: [],
      languages: [],
      studyResources: [],
      domains: [],
      buildsOn: [],
      leadsTo: [],
      roles: [],
      examCode: undefined,
      status: 'active',
      retirementDate: undefined,
      lastVerified: undefined,
      statusSource: 'official',
      kind: 'certification',
      papers: [],
      formerTitles: [],
      feeVariesByCountry: false,
      regionalFees: [],
      exams: [],
    });
  });

  it('accepts an entry with only the required fields', () => {
    const data = certificationSchema.parse(minimal);
    expect(data.level).toBe('Beginner');
    expect(data.fee).toBeUndefined();
    expect(data.skills).toEqual([]);
    expect(data.status).toBe('active');
  });

  it('accepts the object forms and unquoted YAML dates', () => {
    const data = certificationSchema.parse({
      ...minimal,
      fee: { amount: 200, currency: 'USD', approx: [{ amount: 16500, currency: 'INR' }] },
      exam_format: { questions: { min: 50, max: 60 }, duration_minutes: 90, delivery: ['online'] },
      validity: { lifetime: true },
      status: 'retiring',
      retirement_date: new Date(Date.UTC(2027, 2, 31)),
      last_verified: '2026-06-13',
      verified_against: 'https://example.org/cert',
    });
    expect(data.examFormat?.questions).toEqual({ min: 50, max: 60 });
    expect(data.validity).toEqual({ kind: 'lifetime' });
    expect(data.retirementDate).toBe('2027-03-31');
    expect(data.lastVerified).toBe('2026-06-13');
  });

  it.each(['title', 'provider', 'level', 'overview', 'short_description', 'categories', 'link'] as const)(
    'names the missing required field %s with an example',
    (field) => {
      const input: Record<string, unknown> = { ...minimal };
      delete input[field];
      const [issue] = issuesOf(input);
      expect(issue?.path).toEqual([field]);
      expect(issue?.message).toContain('found: nothing');
      expect(issue?.message).toContain(`example: ${fieldDoc(field).examples[0]}`);
    },
  );

  it('gives found, expected and example for a value it cannot read', () => {
    const [issue] = issuesOf({ ...minimal, fee: 'two hundred dollars' });
    expect(issue?.path).toEqual(['fee']);
    expect(issue?.message).toMatch(/^"two hundred dollars" is not an amount with a currency symbol or code; found: /);
    expect(issue?.message).toContain('; found: "two hundred dollars"; expected: Free, or an amount');
    expect(issue?.message).toContain('example: fee: "$300 (approx ₹25,000)"');
  });

  it('refuses a short description over 200 characters and says by how much', () => {
    const [issue] = issuesOf({ ...minimal, short_description: 'x'.repeat(205) });
    expect(issue?.path).toEqual(['short_description']);
    expect(issue?.message).toContain('205 characters, 5 over the limit of 200');
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(certificationSchema.safeParse({ ...minimal, short_description: '機'.repeat(200) }).success).toBe(true);
    expect(certificationSchema.safeParse({ ...minimal, short_description: '😀'.repeat(200) }).success).toBe(true);
  });

  it('refuses an empty categories list, and one category written twice', () => {
    expect(issuesOf({ ...minimal, categories: [] })[0]?.path).toEqual(['categories']);
    expect(issuesOf({ ...minimal, categories: ['Cloud', 'cloud'] })[0]?.message).toContain(
      '"Cloud" and "cloud" are the same category',
    );
    expect(issuesOf({ ...minimal, categories: 'Cloud' })[0]?.path).toEqual(['categories']);
  });

  it('refuses a javascript: official link', () => {
    const [issue] = issuesOf({ ...minimal, link: 'javascript:alert(1)' });
    expect(issue?.path).toEqual(['link']);
    expect(issue?.message).toContain('only https: links are accepted');
  });

  it('refuses an unknown key and suggests the field that was meant', () => {
    const [issue] = issuesOf({ ...minimal, catgories: ['Cloud'] });
    expect(issue?.code).toBe('unrecognized_keys');
    expect(unknownFieldMessage('catgories')).toMatch(/^unknown field "catgories" \(did you mean "categories"\?\)/);
    expect(unknownFieldMessage('shortdescription')).toContain('did you mean "short_description"?');
    expect(unknownFieldMessage('colour')).not.toContain('did you mean');
    expect(unknownFieldProblem('catgories').example).toBe(fieldDoc('categories').examples[0]);
  });

  it('reads exam domains with and without weights, and refuses impossible weights', () => {
    const data = certificationSchema.parse({
      ...minimal,
      domains: [{ name: ' Modeling ', weight: 36 }, { name: 'Ethics' }],
    });
    expect(data.domains).toEqual([{ name: 'Modeling', weightPercent: 36 }, { name: 'Ethics' }]);
    expect(issuesOf({ ...minimal, domains: [{ name: 'Modeling', weight: 0 }] })[0]?.message).toContain(
      'a weight is a percentage above 0',
    );
    expect(issuesOf({ ...minimal, domains: [{ name: 'Modeling', weight: 120 }] })[0]?.path).toEqual(['domains']);
    expect(issuesOf({ ...minimal, domains: [] })[0]?.message).toContain('the list of domains is empty');
    expect(issuesOf({ ...minimal, domains: [{ title: 'Modeling' }] })[0]?.path).toEqual(['domains']);
  });

  it('refuses an impossible date written as text', () => {
    expect(issuesOf({ ...minimal, last_verified: '2026-02-30' })[0]?.message).toContain('not a real calendar date');
  });

  it('requires a retirement date for a retired certification', () => {
    const [issue] = issuesOf({ ...minimal, status: 'retired' });
    expect(issue?.path).toEqual(['retirement_date']);
    expect(issue?.message).toContain('a retired certification needs its retirement date');
  });

  it('reports a retired certification without a date even when another field is wrong too', () => {
    const paths = issuesOf({ ...minimal, status: 'retired', fee: 'two hundred' }).map((issue) => issue.path[0]);
    expect(paths).toHaveLength(2);
    expect(paths).toEqual(expect.arrayContaining(['fee', 'retirement_date']));
  });

  it('refuses an unquoted number as an exam code, since YAML may have changed it', () => {
    expect(issuesOf({ ...minimal, exam_code: 100 })[0]?.message).toContain('put the value in quotes');
    expect(certificationSchema.parse({ ...minimal, exam_code: '0100' }).examCode).toBe('0100');
  });

  it('refuses a category name longer than 60 characters (it becomes a page address)', () => {
    expect(issuesOf({ ...minimal, categories: ['情'.repeat(61)] })[0]?.message).toContain('longer than 60 characters');
  });

  it('refuses a retirement date on an active certification', () => {
    const [issue] = issuesOf({ ...minimal, retirement_date: '2027-01-01' });
    expect(issue?.path).toEqual(['status']);
  });

  it('accepts every example its documentation and error messages give', () => {
    // Some fields only make sense with others: a retirement date on a retired certification, papers on a
    // qualification, a check's page with its day, prices by country with the fee they vary.
    const retired = { status: 'retired', retirement_date: '2026-03-31' };
    const context: Record<string, Record<string, unknown>> = {
      retirement_date: { status: 'retired' },
      last_booking_date: retired,
      replaced_by: retired,
      status_source: retired,
      kind: { papers: ['a-paper'] },
      papers: { kind: 'qualification' },
      verified_against: { last_verified: '2026-06-13' },
      last_verified: { verified_against: 'https://example.org/cert' },
      regional_fees: { fee: '$165' },
      fee_varies_by_country: { fee: '$165' },
    };
    // `kind: paper` and `kind: course` need no papers.
    const withoutPapers = (example: string) => /kind: (paper|course)/.test(example);
    for (const key of FIELD_KEYS) {
      for (const example of fieldDoc(key).examples) {
        const extra = key === 'kind' && withoutPapers(example) ? {} : context[key];
        const input = { ...minimal, ...extra, ...(parse(example) as Record<string, unknown>) };
        expect(certificationSchema.safeParse(input).success, example).toBe(true);
      }
    }
  });
});
