/**
 * The fields of a certification's lifecycle, kind and cost, and the rules between them: each parser
 * with its odd inputs, and each cross-field rule with the file that breaks it and where it points.
 */
import { describe, expect, it } from 'vitest';
import { parseExams } from '../../src/lib/fields/exams';
import { parseFormerTitles } from '../../src/lib/fields/former-titles';
import { parseKind } from '../../src/lib/fields/kind';
import { parseRegionalFees } from '../../src/lib/fields/regional-fees';
import { parseSuccessorSlug } from '../../src/lib/fields/replaced-by';
import { parseRequiredCourse } from '../../src/lib/fields/required-course';
import { parseVerifiedAgainst } from '../../src/lib/fields/verified-against';
import { certificationSchema } from '../../src/lib/schema';
import { MINIMAL_FRONT_MATTER as minimal } from '../support/sample';

const issuesOf = (input: Record<string, unknown>) => {
  const result = certificationSchema.safeParse({ ...minimal, ...input });
  return result.success ? [] : result.error.issues;
};
const pathsOf = (input: Record<string, unknown>) => issuesOf(input).map((issue) => issue.path.join('.'));

describe('the lifecycle, kind and cost fields', () => {
  it('read a kind in any case, and refuse one that is not a kind', () => {
    expect(parseKind(' Paper ')).toBe('paper');
    expect(() => parseKind('exam')).toThrow('not one of certification, qualification, paper, course');
  });

  it('read one successor, and refuse a list or a file name', () => {
    expect(parseSuccessorSlug('aws-certified-machine-learning-engineer-associate')).toBe(
      'aws-certified-machine-learning-engineer-associate',
    );
    expect(() => parseSuccessorSlug('a-cert.mdx')).toThrow('write its slug');
    expect(pathsOf({ replaced_by: ['a', 'b'], status: 'retired', retirement_date: '2026-01-01' })).toEqual([
      'replaced_by',
    ]);
  });

  it('read two exams or more, each code once, with their fees and formats', () => {
    const exams = parseExams([
      { code: '220-1201', title: 'Core 1', fee: '$265', exam_format: '90 questions, 90 minutes' },
      { code: 2201202, fee: 'Free' },
    ]);
    expect(exams[0]).toMatchObject({ code: '220-1201', title: 'Core 1', fee: { kind: 'paid' } });
    expect(exams[0]?.format?.durationMinutes).toBe(90);
    expect(exams[1]).toEqual({ code: '2201202', fee: { kind: 'free' } });
    expect(parseExams([{ title: 'Fundamentals' }, { title: 'Specialist' }])).toEqual([
      { title: 'Fundamentals' },
      { title: 'Specialist' },
    ]);
    expect(() => parseExams([{ code: 'X' }, { fee: '$5' }])).toThrow('neither a code nor a title');
    expect(() => parseExams([{ code: 'X' }])).toThrow('one exam is not a list');
    expect(() => parseExams([{ code: 'X' }, { code: 'x' }])).toThrow('listed twice');
  });

  it('read a required course with its price or its trainers, and refuse one with neither or a free one', () => {
    expect(parseRequiredCourse({ price: '$995', includes_exam: true })).toEqual({
      price: { amount: 995, currency: 'USD' },
      priceSetByTrainers: false,
      includesExam: true,
    });
    expect(parseRequiredCourse({ price_set_by_trainers: true })).toEqual({
      priceSetByTrainers: true,
      includesExam: false,
    });
    expect(() => parseRequiredCourse({ includes_exam: true })).toThrow('say what the course costs');
    expect(() => parseRequiredCourse({ price: '$0' })).toThrow('a free course is not a cost');
  });

  it('read prices by country, keeping each in its own currency, and refuse a name that is not a country', () => {
    expect(parseRegionalFees({ India: '₹4,800' })).toEqual([
      { country: 'India', price: { amount: 4800, currency: 'INR' } },
    ]);
    expect(() => parseRegionalFees({})).toThrow('no country is listed');
    expect(() => parseRegionalFees({ '<b>x</b>': '$1' })).toThrow('is not a country name');
  });

  it('read former titles and checked pages as lists, dropping a page given twice', () => {
    expect(parseFormerTitles('CompTIA CASP+')).toEqual(['CompTIA CASP+']);
    expect(() => parseFormerTitles(['x'.repeat(151)])).toThrow('longer than 150 characters');
    expect(parseVerifiedAgainst(['https://example.org/a', 'https://example.org/a'])).toEqual(['https://example.org/a']);
    expect(() => parseVerifiedAgainst('http://example.org/a')).toThrow('only https: links');
  });
});

describe('the rules between them', () => {
  const retired = { status: 'retired', retirement_date: '2026-03-31' };

  it('accept a retired certification with its date, last day to book and successor', () => {
    expect(pathsOf({ ...retired, last_booking_date: '2026-03-15', replaced_by: 'next-cert' })).toEqual([]);
  });

  it('accept a retiring certification whose date is not announced yet', () => {
    expect(pathsOf({ status: 'retiring' })).toEqual([]);
  });

  it('refuse a retired certification without its date, pointing at the status line', () => {
    const [issue] = issuesOf({ status: 'retired' });
    expect(issue?.path).toEqual(['retirement_date']);
    expect((issue as { params?: { lineOf?: string } }).params?.lineOf).toBe('status');
  });

  it('refuse a successor or a last day to book on an active certification', () => {
    expect(pathsOf({ replaced_by: 'next-cert' })).toEqual(['replaced_by']);
    expect(pathsOf({ last_booking_date: '2026-03-15' })).toEqual(['last_booking_date']);
  });

  it('refuse a last day to book after the retirement date (dates quoted or not)', () => {
    expect(pathsOf({ ...retired, last_booking_date: '2026-04-01' })).toEqual(['last_booking_date']);
    expect(pathsOf({ ...retired, last_booking_date: new Date(Date.UTC(2026, 3, 1)) })).toEqual(['last_booking_date']);
  });

  it('ask a qualification for its papers, and refuse papers on anything else', () => {
    expect(pathsOf({ kind: 'qualification' })).toEqual(['papers']);
    expect(pathsOf({ kind: 'qualification', papers: ['a-paper'] })).toEqual([]);
    expect(pathsOf({ papers: ['a-paper'] })).toEqual(['papers']);
    expect(pathsOf({ kind: 'paper', papers: ['a-paper'] })).toEqual(['papers']);
  });

  it('ask a check for its day and its page, each for the other', () => {
    expect(pathsOf({ last_verified: '2026-06-13' })).toEqual(['verified_against']);
    expect(pathsOf({ verified_against: 'https://example.org/cert' })).toEqual(['last_verified']);
  });

  it('refuse a fee, code or format beside a list of exams', () => {
    const exams = [{ code: 'A' }, { code: 'B' }];
    expect(pathsOf({ exams, fee: '$100', exam_code: 'A', exam_format: '90 minutes' }).sort()).toEqual([
      'exam_code',
      'exam_format',
      'fee',
    ]);
  });

  it('never call free a credential whose required course costs money, in either way of writing it', () => {
    expect(pathsOf({ fee: 'Free', required_course: { price: '$400' } })).toEqual(['fee']);
    expect(pathsOf({ fee: { amount: 0, currency: 'USD' }, required_course: { price: '$400' } })).toEqual(['fee']);
    expect(pathsOf({ fee: '$50', required_course: { price: '$400', includes_exam: true } })).toEqual(['fee']);
    expect(pathsOf({ fee: '$50', required_course: { price: '$400' } })).toEqual([]);
  });

  it('refuse prices by country with no fee for them to vary', () => {
    expect(pathsOf({ regional_fees: { India: '₹4,800' } })).toEqual(['fee']);
    expect(pathsOf({ fee: '$165', regional_fees: { India: '₹4,800' }, fee_varies_by_country: true })).toEqual([]);
  });
});
