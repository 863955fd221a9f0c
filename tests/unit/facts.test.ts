import { describe, expect, it } from 'vitest';
import { cardFacts, certificationFacts } from '../../src/lib/site/facts';
import { NOT_LISTED } from '../../src/lib/values/labels';
import { paths } from '../../src/lib/site/routes';
import { sampleCertification } from '../support/sample';

describe('certificationFacts', () => {
  it('lists every fact of a complete entry, formatted, with links for provider and level', () => {
    const certification = sampleCertification('full', {
      fee: '$300 (approx ₹25,000)',
      exam_format: '65 questions, 180 minutes, online proctored',
      validity: '3 years',
      exam_code: 'MLS-C01',
      status: 'retiring',
      retirement_date: '2027-03-31',
      last_verified: '2026-06-13',
    });
    expect(certificationFacts(certification).map(({ term, text }) => [term, text])).toEqual([
      ['Provider', 'Sample Org'],
      ['Level', 'Beginner'],
      ['Exam fee', '$300'],
      ['Questions', '65'],
      ['Duration', '180 minutes (3 h)'],
      ['Delivery', 'online proctored'],
      ['Validity', '3 years'],
      ['Passing score', NOT_LISTED],
      ['Exam code', 'MLS-C01'],
      ['Status', 'Retiring (31 March 2027)'],
      ['Last verified', '13 June 2026'],
    ]);
    const [provider, level] = certificationFacts(certification);
    expect(provider?.href).toBe(paths.provider('sample-org'));
    expect(level).toMatchObject({ level: 'Beginner', href: paths.level('beginner') });
    expect(certificationFacts(certification).find((fact) => fact.id === 'lastVerified')?.date).toBe('2026-06-13');
  });

  it('gives the fee in the second currency on its own line: the editor’s approximation, else computed', () => {
    const fee = (front: Record<string, unknown>, currency = 'INR') =>
      certificationFacts(sampleCertification('fee', front), currency).find((fact) => fact.id === 'fee');
    expect(fee({ fee: '$300 (approx ₹25,000)' })).toMatchObject({ text: '$300', secondary: '≈ ₹25,000' });
    expect(fee({ fee: '$150' })?.secondary).toMatch(/^≈ ₹[\d,]+ \(rates of \d{4}-\d{2}-\d{2}\)$/);
    expect(fee({ fee: '$300 (approx ₹25,000)' }, 'EUR')).toMatchObject({ text: '$300 (≈ ₹25,000)' });
    expect(fee({ fee: '₹5,000' })?.secondary).toBeUndefined();
    expect(fee({ fee: 'Free' })?.secondary).toBeUndefined();
  });

  it('says "Not listed" for every fact an entry leaves out, and leaves out the exam code', () => {
    const facts = certificationFacts(sampleCertification('bare'));
    expect(facts.filter((fact) => fact.text === NOT_LISTED).map((fact) => fact.id)).toEqual([
      'fee',
      'questions',
      'duration',
      'delivery',
      'validity',
      'passingScore',
    ]);
    expect(facts.map((fact) => fact.id)).not.toContain('examCode');
    for (const id of ['questionTypes', 'languages', 'retakePolicy', 'renewalFee', 'annualFee', 'holdingCost']) {
      expect(facts.map((fact) => fact.id)).not.toContain(id);
    }
    expect(facts.find((fact) => fact.id === 'lastVerified')).toMatchObject({ text: 'Not yet' });
  });

  it('shows the passing score, question types, languages, retakes and what holding it costs', () => {
    const certification = sampleCertification('held', {
      fee: '$749',
      validity: '3 years',
      passing_score: '700/1000',
      question_types: ['multiple choice', 'Drag and drop'],
      languages: ['English', 'Japanese', 'German'],
      retake_policy: { waiting_days: 30, notes: 'Up to 3 attempts a year.' },
      renewal_fee: 'Free',
      annual_fee: '$135',
    });
    const byId = new Map(certificationFacts(certification).map((fact) => [fact.id, fact.text]));
    expect(byId.get('passingScore')).toBe('700 of 1000');
    expect(byId.get('questionTypes')).toBe('multiple choice, drag and drop');
    expect(byId.get('languages')).toBe('3 languages: English, Japanese, German');
    expect(byId.get('retakePolicy')).toBe('Wait 30 days after a failed attempt. Up to 3 attempts a year.');
    expect(byId.get('renewalFee')).toBe('Free');
    expect(byId.get('annualFee')).toBe('$135 a year');
    expect(byId.get('holdingCost')).toBe('$1,154 over 3 years ($749 exam + 3 × $135 a year)');
  });
});

describe('cardFacts', () => {
  it('shows fee, a short duration and validity, from the same facts as the panel', () => {
    const certification = sampleCertification('card', {
      fee: 'Free',
      exam_format: '150 minutes',
      validity: { lifetime: true },
    });
    expect(cardFacts(certification)).toEqual([
      { id: 'fee', term: 'Fee', text: 'Free' },
      { id: 'duration', term: 'Duration', text: '2 h 30 min' },
      { id: 'validity', term: 'Validity', text: 'Lifetime (does not expire)' },
    ]);
    expect(cardFacts(sampleCertification('bare')).map((fact) => fact.text)).toEqual([
      NOT_LISTED,
      NOT_LISTED,
      NOT_LISTED,
    ]);
  });
});
