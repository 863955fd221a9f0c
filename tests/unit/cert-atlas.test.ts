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
    expect(draftFromCertAtlas(record('aws-machine-learning-specialty-mls-c01'))).toEqual({
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
      prerequisites: undefined,
    });
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

  it('refuses JSON that is not an exam record, saying what is missing', () => {
    expect(() => asCertAtlasRecord({ exam_name: 'x' })).toThrow('missing exam_id, certifying_body');
    expect(() => asCertAtlasRecord([])).toThrow('not a Cert Atlas exam record');
  });
});
