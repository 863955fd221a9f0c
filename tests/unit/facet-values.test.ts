import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import {
  deliveryOptionsOf,
  facetOptions,
  facetValuesOf,
  feeBandOf,
  sortKeysOf,
  validityBandOf,
} from '../../src/lib/catalogue/facet-values';
import { parseFee } from '../../src/lib/fields/fee';
import { parseValidity } from '../../src/lib/fields/validity';
import { sampleCertification, sampleInput, checkedOn, SAMPLE_TODAY } from '../support/sample';

const TODAY = '2026-12-04';

describe('delivery options', () => {
  it.each([
    [
      ['online proctored', 'test center'],
      ['online-proctored', 'test-centre'],
    ],
    [['online (not proctored)'], ['online-unproctored']],
    [
      ['performance-based lab', 'remote exam', 'test center'],
      ['online-proctored', 'test-centre', 'performance-based'],
    ],
    [
      ['in-person', 'hands-on lab'],
      ['test-centre', 'performance-based'],
    ],
    [['computer adaptive testing'], []],
  ])('%j → %j', (delivery, options) => {
    expect(deliveryOptionsOf(delivery)).toEqual(options);
  });
});

describe('fee bands', () => {
  it.each([
    ['Free', 'free'],
    ['$99.99', 'under-100'],
    ['$100', '100-299'],
    ['$299', '100-299'],
    ['$300 (approx ₹25,000)', '300-499'],
    ['$499.99', '300-499'],
    ['$500', '500-plus'],
    ['€450', '500-plus'],
  ])('%s → %s (on its value in US dollars)', (fee, band) => {
    expect(feeBandOf(parseFee(fee))).toBe(band);
  });

  it('leaves a fee that is not listed out of every band', () => {
    expect(feeBandOf(undefined)).toBeUndefined();
  });
});

describe('validity bands', () => {
  it.each([
    ['Lifetime', 'no-expiry'],
    ['1 year', 'up-to-2-years'],
    ['24 months', 'up-to-2-years'],
    ['30 months', '3-years-or-more'],
    ['3 years', '3-years-or-more'],
  ])('%s → %s', (validity, band) => {
    expect(validityBandOf(parseValidity(validity))).toBe(band);
  });
});

describe('sort keys', () => {
  it('are numbers for every certification, what a file leaves out sorting last', () => {
    const full = sortKeysOf(
      sampleCertification('a', { fee: '$150', exam_format: '90 minutes', validity: '3 years' }),
      4,
    );
    expect(full).toEqual({ name: 4, fee: 15000, length: 90, validity: 36 });
    const bare = sortKeysOf(sampleCertification('b'), 0);
    expect(bare.fee).toBeGreaterThan(full.fee);
    expect(bare.length).toBeGreaterThan(full.length);
    expect(bare.validity).toBeLessThan(full.validity);
    expect(sortKeysOf(sampleCertification('c', { fee: 'Free', validity: 'Lifetime' }), 1)).toMatchObject({
      fee: 0,
      validity: 99_999,
    });
    for (const value of Object.values(bare)) expect(Number.isInteger(value)).toBe(true);
  });
});

describe('facet values and options', () => {
  it('give each certification its slugs in every facet', () => {
    const certification = sampleCertification('x', {
      categories: ['Machine Learning', 'Cloud'],
      level: 'Advanced',
      fee: '$300',
      exam_format: '65 questions, 180 minutes, online proctored',
      validity: '3 years',
      languages: ['English', 'Chinese (Simplified)'],
    });
    expect(facetValuesOf(certification)).toEqual({
      category: ['machine-learning', 'cloud'],
      level: ['advanced'],
      provider: ['sample-org'],
      kind: ['certification'],
      delivery: ['online-proctored'],
      language: ['english', 'chinese-simplified'],
      fee: ['300-499'],
      validity: ['3-years-or-more'],
      status: ['active'],
      checked: ['older-or-never'],
    });
  });

  it('band and sort what earning it costs: both exams added up, a priced course, nothing for a trainer’s price', () => {
    const twoExams = sampleCertification('two', {
      exams: [
        { code: 'A', fee: '$265', exam_format: '90 minutes' },
        { code: 'B', fee: '$265', exam_format: '90 minutes' },
      ],
    });
    expect(facetValuesOf(twoExams).fee).toEqual(['500-plus']);
    expect(sortKeysOf(twoExams, 0)).toMatchObject({ fee: 530_00, length: 180 });
    const course = sampleCertification('course', { required_course: { price: '$995', includes_exam: true } });
    expect(facetValuesOf(course).fee).toEqual(['500-plus']);
    const trainers = sampleCertification('trainers', { required_course: { price_set_by_trainers: true } });
    expect(facetValuesOf(trainers).fee).toEqual([]);
  });

  it('age a check at the day of the build: within 6 months, 6 to 12 months, then with the never checked', () => {
    const checkedAt = (day: string) =>
      facetValuesOf(buildCatalogue([sampleInput('c', checkedOn(day))], { today: TODAY }).certifications[0]!).checked;
    expect(checkedAt('2026-11-01')).toEqual(['within-6-months']);
    expect(checkedAt('2026-06-04')).toEqual(['within-6-months']);
    expect(checkedAt('2026-06-03')).toEqual(['within-12-months']);
    expect(checkedAt('2025-12-04')).toEqual(['within-12-months']);
    expect(checkedAt('2025-12-03')).toEqual(['older-or-never']);
  });

  it('list the catalogue’s categories, providers and exam languages and the fixed options of the others', () => {
    const options = facetOptions(
      buildCatalogue(
        [
          sampleInput('a', { categories: ['Cloud', 'AI'], languages: ['Japanese', 'English'] }),
          sampleInput('b', { provider: 'Acme', languages: ['english', 'Chinese (Simplified)'] }),
        ],
        { today: SAMPLE_TODAY },
      ),
    );
    expect(options.language).toEqual([
      { slug: 'chinese-simplified', label: 'Chinese (Simplified)' },
      { slug: 'english', label: 'English' },
      { slug: 'japanese', label: 'Japanese' },
    ]);
    expect(options.kind.map((option) => option.label)).toEqual([
      'Certification',
      'Qualification',
      'Paper',
      'Course certificate',
    ]);
    expect(options.category.map((option) => option.slug)).toEqual(['ai', 'cloud']);
    expect(options.provider.map((option) => option.label)).toEqual(['Acme', 'Sample Org']);
    expect(options.level.map((option) => option.slug)).toEqual(['beginner', 'intermediate', 'advanced', 'expert']);
    expect(options.fee.map((option) => option.slug)).toEqual(['free', 'under-100', '100-299', '300-499', '500-plus']);
  });
});
