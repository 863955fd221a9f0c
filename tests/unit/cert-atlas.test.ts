import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCertAtlasRecord, draftFromCertAtlas } from '../../src/lib/editor/cert-atlas';

const record = (name: string) =>
  asCertAtlasRecord(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/cert-atlas', `${name}.json`), 'utf8')),
  );

describe('draftFromCertAtlas', () => {
  it('prefills fee, format, validity, code, link and domain weights from a full record', () => {
    const draft = draftFromCertAtlas(record('aws-machine-learning-specialty-mls-c01'));
    expect(draft.prerequisites).toBeUndefined();
    expect(draft).toMatchObject({
      title: 'AWS Certified Machine Learning – Specialty',
      provider: 'AWS',
      link:
        'https://d1.awsstatic.com/training-and-certification/docs-ml/' +
        'AWS-Certified-Machine-Learning-Specialty_Exam-Guide.pdf',
      fee: '$300',
      exam_format: '65 questions, 180 minutes, online proctored, test center',
      validity: '3 years',
      exam_code: 'MLS-C01',
      domains: [
        { name: 'Data Engineering', weight: 20 },
        { name: 'Exploratory Data Analysis', weight: 24 },
        { name: 'Modeling', weight: 36 },
        { name: 'Machine Learning Implementation and Operations', weight: 20 },
      ],
    });
  });

  it('adds the passing score with its scale, question types, languages, retakes, renewal and its source', () => {
    expect(draftFromCertAtlas(record('aws-machine-learning-specialty-mls-c01'))).toMatchObject({
      passing_score: '750 of 1000',
      question_types: ['multiple choice', 'multiple response'],
      languages: expect.arrayContaining(['English', 'Japanese']),
      retake_policy: { waiting_days: 14, notes: expect.stringContaining('14-day waiting period') },
      renewal: expect.stringContaining('Recertify'),
      source: 'cert-atlas/aws-machine-learning-specialty-mls-c01',
    });
  });

  it('leaves out a passing score whose scale is not given, and question types it cannot read', () => {
    const base = record('aacn-ccrn-adult');
    const draft = draftFromCertAtlas({
      ...base,
      passing_score: 700,
      passing_score_scale: null,
      question_types: ['Interpretive dance', 'Multiple Choice (MCQ)'],
    });
    expect(draft.passing_score).toBeUndefined();
    expect(draft.question_types).toEqual(['multiple choice']);
    expect(
      draftFromCertAtlas({ ...base, passing_score: 70, passing_score_scale: 'Percentage (70% passing)' }).passing_score,
    ).toBe('70%');
    expect(
      draftFromCertAtlas({ ...base, passing_score: 400, passing_score_scale: '400/999 scaled score' }).passing_score,
    ).toBe('400 of 999');
  });

  it('reads a zero price as Free', () => {
    expect(draftFromCertAtlas(record('isc2-cc-certified-in-cybersecurity')).fee).toBe('Free');
  });

  it('leaves out what the record lacks: no price, no validity, no proctoring', () => {
    const entry = draftFromCertAtlas(record('accuplacer-advanced-algebra'));
    expect(entry.fee).toBeUndefined();
    expect(entry.validity).toBeUndefined();
    expect(entry.exam_format).toBe('20 questions, 60 minutes');
  });

  it('keeps a domain without a weight as its name only', () => {
    const base = record('aacn-ccrn-adult');
    const entry = draftFromCertAtlas({
      ...base,
      domains: [
        { name: 'Clinical Judgment', weight_percent: 80 },
        { name: 'Ethics', weight_percent: null },
      ],
    });
    expect(entry.domains).toEqual([{ name: 'Clinical Judgment', weight: 80 }, { name: 'Ethics' }]);
    expect(entry.title).toBe('CCRN — Adult Critical Care Registered Nurse');
  });

  it('falls back to the exam name when the certification name is empty, and skips fractional counts', () => {
    const entry = draftFromCertAtlas({ ...record('aacn-ccrn-adult'), certification_name: '', total_questions: 65.5 });
    expect(entry.title).toBe('CCRN — Adult Critical Care Registered Nurse');
    expect(entry.exam_format).toBe('180 minutes, test center');
  });

  it('counts a testing centre only when the record names a place, not its own website', () => {
    const base = record('aacn-ccrn-adult');
    const delivery = (changes: Partial<typeof base>) =>
      draftFromCertAtlas({ ...base, total_questions: null, duration_minutes: null, ...changes }).exam_format;
    // Scrum.org's records: the "testing centre" is the website, and the exam is not proctored.
    expect(
      delivery({
        testing_centers: [{ provider: 'Online (scrum.org)' }],
        online_proctoring_available: false,
        exam_format: 'Online self-administered (not proctored)',
      }),
    ).toBe('online (not proctored)');
    expect(
      delivery({ testing_centers: [{ provider: 'HubSpot Academy (online)' }], online_proctoring_available: false }),
    ).toBe('online');
    expect(delivery({ testing_centers: [{ provider: 'PSI Online' }], online_proctoring_available: true })).toBe(
      'online proctored',
    );
    expect(
      delivery({
        testing_centers: [{ provider: 'Pearson VUE' }, { provider: 'ProctorU (Remote)' }],
        online_proctoring_available: true,
      }),
    ).toBe('online proctored, test center');
    expect(delivery({ testing_centers: [], online_proctoring_available: null })).toBeUndefined();
  });

  it('reads a renewal or annual fee only where the renewal text states one in dollars', () => {
    const base = record('aacn-ccrn-adult');
    const fees = (renewal_options: string) => {
      const { renewal_fee, annual_fee } = draftFromCertAtlas({ ...base, renewal_options });
      return { renewal_fee, annual_fee };
    };
    expect(fees('Earn CPE credits and pay the Annual Maintenance Fee (AMF). AMF is $125/year.')).toEqual({
      renewal_fee: undefined,
      annual_fee: '$125',
    });
    expect(fees('Renewal requires 36 CPE credits, plus a $429 renewal fee.')).toEqual({
      renewal_fee: '$429',
      annual_fee: undefined,
    });
    expect(fees('Renew by earning 20 SEUs and paying renewal fee ($100).')).toMatchObject({ renewal_fee: '$100' });
    expect(fees('Renewal costs money; see the website.')).toEqual({ renewal_fee: undefined, annual_fee: undefined });
    expect(fees('Pay $50 for the retake.')).toEqual({ renewal_fee: undefined, annual_fee: undefined });
  });

  it('refuses JSON that is not an exam record, saying what is missing', () => {
    expect(() => asCertAtlasRecord({ exam_name: 'x' })).toThrow('missing exam_id, certifying_body');
    expect(() => asCertAtlasRecord([])).toThrow('not a Cert Atlas exam record');
  });
});
