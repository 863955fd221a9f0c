import { describe, expect, it } from 'vitest';
import type { ComparedCertification, ComparedFact } from '../../src/lib/compare/compared';
import { messages } from '../../src/i18n';
import { compareRows } from '../../src/lib/compare/table';
import type { Fee } from '../../src/lib/values/money';
import { compared, TEST_RATES } from '../support/compared';

const fact = (id: string, term: string, text: string, fee?: Fee): ComparedFact => ({
  id,
  term,
  text,
  ...(fee && { fee }),
});
const FIRST_FEE: Fee = {
  kind: 'paid',
  price: { amount: 300, currency: 'USD' },
  approx: [{ amount: 25000, currency: 'INR' }],
};
/** The names of the rows after the facts, as the compare page gives them. */
const ROWS = messages.compare.table.rows;
const SECOND_FEE: Fee = { kind: 'paid', price: { amount: 150, currency: 'USD' }, approx: [] };

/** A column of the table: a certification with the facts its page shows. */
const column = (slug: string, facts: ComparedFact[], overrides: Partial<ComparedCertification> = {}) =>
  compared(slug, { facts, ...overrides });

describe('compareRows', () => {
  const first = column(
    'first',
    [
      fact('level', 'Level', 'Advanced'),
      fact('fee', 'Exam fee', '$300', FIRST_FEE),
      fact('passingScore', 'Passing score', 'Not listed'),
    ],
    { fee: FIRST_FEE },
  );
  const second = column(
    'second',
    [
      fact('level', 'Level', 'Advanced'),
      fact('fee', 'Exam fee', '$150', SECOND_FEE),
      fact('passingScore', 'Passing score', 'Not listed'),
    ],
    { fee: SECOND_FEE, skills: ['Modelling'] },
  );

  it('marks the rows whose values differ, and only those', () => {
    const rows = compareRows([first, second], 'INR', ROWS, TEST_RATES);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('level')?.differs).toBe(false);
    expect(byId.get('fee')?.differs).toBe(true);
    expect(byId.get('skills')?.differs).toBe(true);
    expect(byId.get('categories')?.differs).toBe(false);
    // Every certification has its own official page: that row never counts as a difference.
    expect(byId.get('officialLink')?.differs).toBe(false);
  });

  it('gives fees in the chosen currency on a second line: the editor’s own approximation, else computed', () => {
    const fee = compareRows([first, second], 'INR', ROWS, TEST_RATES).find((row) => row.id === 'fee');
    expect(fee?.cells.map(({ text, secondary }) => [text, secondary])).toEqual([
      ['$300', '≈ ₹25,000'],
      ['$150', '≈ ₹12,000 (rates of 2026-12-02)'],
    ]);
    const inEuros = compareRows([first], 'EUR', ROWS, TEST_RATES).find((row) => row.id === 'fee');
    expect(inEuros?.cells[0]).toMatchObject({ text: '$300 (≈ ₹25,000)', secondary: '≈ €240 (rates of 2026-12-02)' });
  });

  it('leaves out a fact no column gives, but always shows the ones every comparison has', () => {
    const ids = compareRows([first, second], 'INR', ROWS, TEST_RATES).map((row) => row.id);
    expect(ids).not.toContain('passingScore');
    expect(ids).toEqual(['level', 'fee', 'skills', 'categories', 'prerequisites', 'officialLink']);
  });

  it('marks nothing as differing with a single column', () => {
    expect(compareRows([second], 'INR', ROWS, TEST_RATES).some((row) => row.differs)).toBe(false);
  });
});
