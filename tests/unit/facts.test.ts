import { describe, expect, it } from 'vitest';
import { cardFacts, certificationFacts } from '../../src/lib/site/facts';
import { NOT_LISTED } from '../../src/lib/site/labels';
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
      ['Exam fee', '$300 (≈ ₹25,000)'],
      ['Questions', '65'],
      ['Duration', '180 minutes (3 h)'],
      ['Delivery', 'online proctored'],
      ['Validity', '3 years'],
      ['Exam code', 'MLS-C01'],
      ['Status', 'Retiring (31 March 2027)'],
      ['Last verified', '13 June 2026'],
    ]);
    const [provider, level] = certificationFacts(certification);
    expect(provider?.href).toBe(paths.provider('sample-org'));
    expect(level).toMatchObject({ level: 'Beginner', href: paths.level('beginner') });
    expect(certificationFacts(certification).find((fact) => fact.id === 'lastVerified')?.date).toBe('2026-06-13');
  });

  it('says "Not listed" for every fact an entry leaves out, and leaves out the exam code', () => {
    const facts = certificationFacts(sampleCertification('bare'));
    expect(facts.filter((fact) => fact.text === NOT_LISTED).map((fact) => fact.id)).toEqual([
      'fee',
      'questions',
      'duration',
      'delivery',
      'validity',
    ]);
    expect(facts.map((fact) => fact.id)).not.toContain('examCode');
    expect(facts.find((fact) => fact.id === 'lastVerified')).toMatchObject({ text: 'Not yet' });
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
