import { describe, expect, it } from 'vitest';
import { cardFacts, certificationFacts, levelBasisText } from '../../src/lib/site/facts';
import { messages } from '../../src/i18n';
import { paths } from '../../src/lib/site/routes';
import { sampleCertification, checkedOn, SAMPLE_TODAY } from '../support/sample';

const NOT_LISTED = messages.values.notListed;

describe('certificationFacts', () => {
  it('lists every fact of a complete entry, formatted, with links for provider and level', () => {
    const certification = sampleCertification('full', {
      fee: '$300 (approx ₹25,000)',
      exam_format: '65 questions, 180 minutes, online proctored',
      validity: '3 years',
      exam_code: 'MLS-C01',
      status: 'retiring',
      retirement_date: '2027-03-31',
      ...checkedOn('2026-06-13'),
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
      ['Status', 'Retiring on 31 March 2027'],
      ['Checked against the official page', '13 June 2026'],
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
      { id: 'fee', term: 'Fee', text: 'Free', fee: { kind: 'free' } },
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

describe('what a certification costs, as the facts panel says it', () => {
  const byId = (front: Record<string, unknown>) =>
    new Map(certificationFacts(sampleCertification('cost', front), 'INR').map((fact) => [fact.id, fact]));
  const cardFee = (front: Record<string, unknown>) =>
    cardFacts(sampleCertification('cost', front), 'INR').find((fact) => fact.id === 'fee');

  it('gives both exams and their total, in two currencies, and their time added up', () => {
    const facts = byId({
      exams: [
        { code: '220-1201', title: 'Core 1', fee: '$265', exam_format: '90 minutes' },
        { code: '220-1202', title: 'Core 2', fee: '$265', exam_format: '90 minutes' },
      ],
    });
    expect(facts.get('fee')).toMatchObject({ term: 'Exam fees', text: '$530 for 2 exams', feeSuffix: ' for 2 exams' });
    expect(facts.get('fee')?.secondary).toMatch(/^≈ ₹[\d,]+ \(rates of /);
    const card = cardFee({
      exams: [
        { code: '220-1201', fee: '$265' },
        { code: '220-1202', fee: '$265' },
      ],
    });
    expect(card).toMatchObject({ term: 'Fee', text: '$530 (2 exams)', feeSuffix: ' (2 exams)' });
    expect(card?.secondary).toBe(facts.get('fee')?.secondary);
    expect(facts.get('exams')?.text).toBe(
      '220-1201, Core 1: $265, 90 minutes (1 h 30 min); 220-1202, Core 2: $265, 90 minutes (1 h 30 min)',
    );
    expect(facts.get('duration')).toMatchObject({ term: 'Duration, all exams', text: '180 minutes (3 h)' });
  });

  it('never says "Free" when the exam comes with a paid course, and says who sets its price', () => {
    const included = byId({ required_course: { price_set_by_trainers: true, includes_exam: true } });
    expect(included.get('fee')).toMatchObject({
      text: 'Included in the required course',
      short: { text: 'Course (trainer’s price)' },
    });
    expect(included.get('course')?.text).toBe('Price set by each training partner; the exam is included');
    expect(included.has('totalCost')).toBe(false);
    const separate = byId({ fee: '$50', required_course: { price: '$400' } });
    expect(separate.get('fee')?.text).toBe('$50');
    expect(separate.get('course')?.text).toBe('$400');
    expect(separate.get('totalCost')?.text).toBe('$450');
  });

  it('says the United States price varies by country and gives the provider’s own price for India', () => {
    const facts = byId({ fee: '$165', fee_varies_by_country: true, regional_fees: { India: '₹4,800' } });
    expect(facts.get('fee')).toMatchObject({ text: '$165 (United States)' });
    expect(cardFee({ fee: '$165', fee_varies_by_country: true })).toMatchObject({ term: 'Fee', text: '$165' });
    expect(facts.get('regionalFees')?.text).toBe('₹4,800 in India; the price varies by country');
  });

  it('calls a qualification’s own fee a registration fee and a course’s a price', () => {
    expect(byId({ kind: 'course', fee: '$49' }).get('fee')?.term).toBe('Price');
  });
});

describe('a qualification and its papers', () => {
  it('counts the papers and adds up their fees and time, saying how many give them', async () => {
    const { buildCatalogue } = await import('../../src/lib/catalogue/catalogue');
    const { sampleInput } = await import('../support/sample');
    const catalogue = buildCatalogue(
      [
        sampleInput('qualification', { kind: 'qualification', papers: ['paper-1', 'paper-2'], fee: '£89' }),
        sampleInput('paper-1', { kind: 'paper', fee: '£100', exam_format: '120 minutes' }),
        sampleInput('paper-2', { kind: 'paper', exam_format: '180 minutes' }),
      ],
      { today: SAMPLE_TODAY },
    );
    const facts = new Map(
      certificationFacts(catalogue.bySlug.get('qualification')!, 'INR').map((fact) => [fact.id, fact]),
    );
    expect(facts.get('papers')?.text).toBe('2');
    expect(facts.get('papersFees')?.text).toBe('Not listed (1 of 2 papers give it)');
    expect(facts.get('papersTime')?.text).toBe('300 minutes (5 h)');
    expect(facts.get('fee')).toMatchObject({ term: 'Registration fee', text: '£89' });
    const paper = new Map(certificationFacts(catalogue.bySlug.get('paper-1')!).map((fact) => [fact.id, fact]));
    expect(paper.get('kind')).toMatchObject({
      term: 'Paper of',
      text: 'qualification',
      href: paths.certification('qualification'),
    });
  });
});

describe('where a level comes from, said under it', () => {
  const level = (overrides: Record<string, unknown>) =>
    certificationFacts(sampleCertification('sample', overrides)).find((fact) => fact.id === 'level')?.secondary;

  it('names the provider’s tier when its ladder gives the level', () => {
    const associate = { provider: 'Amazon Web Services (AWS)', title: 'AWS Certified Developer – Associate' };
    expect(level({ ...associate, level: 'Intermediate' })).toBe('The provider’s Associate tier');
  });

  it('says a level is ours when the provider publishes none', () => {
    expect(level({ level: 'Expert', prerequisites: ['Five years of experience'] })).toBe(
      'Asks for 5 years of experience',
    );
    expect(level({ title: 'Sample Foundation' })).toBe('From its title: the provider publishes no levels');
    expect(level({ level: 'Intermediate' })).toBe('Our estimate: the provider publishes no levels');
    expect(levelBasisText({ level: 'Expert', by: 'exception', reason: 'a reason' })).toBe(
      'Set by an editor (src/data/ladders.json says why)',
    );
  });

  it('says nothing of a level the rules do not give (a site built from other files)', () => {
    expect(level({ level: 'Expert' })).toBeUndefined();
  });
});

describe('the preparation fact', () => {
  it('shows the hours a provider states, what they are, and links the page that says so', () => {
    const source = 'https://www.pmi.org/certifications/project-management-pmp';
    const certification = sampleCertification('prepared', {
      study_hours: { hours: 35, basis: 'Project management education PMI requires', source, checked: '2026-12-05' },
    });
    const fact = certificationFacts(certification).find(({ id }) => id === 'studyHours');
    expect(fact).toMatchObject({
      term: 'Preparation',
      text: '35 hours',
      secondary: 'Project management education PMI requires; read on the provider’s page on 5 December 2026',
      href: source,
      external: true,
    });
  });

  it('is left out, not "Not listed", when the file states no hours', () => {
    const facts = certificationFacts(sampleCertification('unprepared'));
    expect(facts.some(({ id }) => id === 'studyHours')).toBe(false);
  });
});
