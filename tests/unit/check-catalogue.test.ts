/**
 * The rules across files, called directly: each rule with the files that break it, the problem's place
 * and all four parts of its explanation. (tests/content/ proves a real build reports them too.)
 */
import { checkedOn } from '../support/sample';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/lib/files/check-catalogue';
import { checkedFile, EVERY_PART } from '../support/checked-file';

const TODAY = '2026-11-26';

describe('checkCatalogue', () => {
  it('finds nothing wrong with distinct, well-named, recently verified files', () => {
    expect(
      checkCatalogue([checkedFile('a-cert', checkedOn(TODAY)), checkedFile('b-cert', checkedOn(TODAY))], TODAY),
    ).toEqual([]);
  });

  it.each([
    ['a malformed file name', [checkedFile('Bad_Name')], 'file name', 1, 'the file name is not lowercase letters'],
    ['a file name taken by a page', [checkedFile('categories')], 'file name', 1, 'is taken by a page of the site'],
    [
      'one slug from two files',
      [checkedFile('same'), { ...checkedFile('same', { title: 'Another title' }), file: 'certs/same.md' }],
      'file name',
      1,
      'is also the slug of certs/same.mdx',
    ],
    [
      'a title used twice, in any case',
      [checkedFile('a', { title: 'Same' }), checkedFile('b', { title: 'SAME' })],
      'title',
      2,
      'another file has the same title',
    ],
    [
      'an exam code used twice by one provider',
      [checkedFile('a', { exam_code: 'X-1' }), checkedFile('b', { exam_code: 'x-1' })],
      'exam_code',
      9,
      'has the same exam code',
    ],
    [
      'a last_verified in the future',
      [checkedFile('a', checkedOn('2026-11-28'))],
      'last_verified',
      9,
      'the date is in the future',
    ],
    [
      'retired before its retirement date',
      [checkedFile('a', { status: 'retired', retirement_date: '2027-01-01' })],
      'status',
      9,
      'retired, but the retirement date is still to come',
    ],
    [
      'a near-duplicate category, pointing at the rarer spelling',
      [
        checkedFile('a', { categories: ['Data Engineering'] }),
        checkedFile('b', { categories: ['Data Engineering'] }),
        checkedFile('c', { categories: ['Data Engineerng'] }),
      ],
      'categories',
      7,
      '"Data Engineerng" looks like a misspelling of "Data Engineering"',
    ],
    [
      'a near-duplicate provider',
      [
        checkedFile('a', { provider: 'Linux Foundation' }),
        checkedFile('b', { provider: 'Linux Foundation' }),
        checkedFile('c', { provider: 'Linux Fundation' }),
      ],
      'provider',
      3,
      '"Linux Fundation" looks like a misspelling of "Linux Foundation"',
    ],
  ] as const)('reports %s as an error with its line and every part', (_case, files, field, line, reason) => {
    const problems = checkCatalogue(files, TODAY).filter(
      (problem) => problem.field !== 'last_verified' || field === 'last_verified',
    );
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, line, ...EVERY_PART });
    expect(errors[0]?.reason).toContain(reason);
  });

  it('lets two providers share an exam code', () => {
    const files = [
      checkedFile('a', { exam_code: '100-101' }),
      checkedFile('b', { exam_code: '100-101', provider: 'Other Org' }),
    ];
    expect(checkCatalogue(files, TODAY).filter((problem) => problem.field === 'exam_code')).toEqual([]);
  });

  it.each([
    [
      'facts verified more than 12 months ago',
      checkedFile('a', checkedOn('2025-11-25')),
      'last_verified',
      'last verified more than 12 months ago',
    ],
    [
      'a retiring certification whose date has passed',
      checkedFile('a', { status: 'retiring', retirement_date: '2026-01-01', ...checkedOn(TODAY) }),
      'status',
      'the retirement date has passed',
    ],
  ] as const)('warns about %s', (_case, file, field, reason) => {
    const [problem, ...others] = checkCatalogue([file], TODAY);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ field, severity: 'warning', ...EVERY_PART });
    expect(problem?.reason).toContain(reason);
  });

  it('allows a day of slack for editors east of UTC', () => {
    expect(checkCatalogue([checkedFile('a', checkedOn('2026-11-27'))], TODAY)).toEqual([]);
  });
});

describe('fee currencies', () => {
  it('refuses a fee in a currency the exchange rates cannot convert, naming the code', () => {
    const [problem, ...others] = checkCatalogue([checkedFile('a', { fee: '150 BRL', ...checkedOn(TODAY) })], TODAY);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ ...EVERY_PART, field: 'fee', severity: 'error', line: 9, found: 'BRL' });
    expect(problem?.reason).toContain('src/data/exchange-rates.json has no rate for BRL');
  });

  it('accepts every currency the rates file has, in the price and in the approximate amount', () => {
    expect(checkCatalogue([checkedFile('a', { fee: '€150 (approx ₹14,000)', ...checkedOn(TODAY) })], TODAY)).toEqual(
      [],
    );
  });
});
