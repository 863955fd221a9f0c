import { describe, expect, it } from 'vitest';
import { planCsv, PLAN_CSV_COLUMNS } from '../../src/lib/my-plan/csv';
import type { PlanEntry } from '../../src/lib/my-plan/plan';
import { compared } from '../support/compared';

const TODAY = '2026-12-05';

/** Splits RFC 4180 text into rows of cells (quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map(([, quoted, plain]) =>
        quoted !== undefined ? quoted.replaceAll('""', '"') : (plain ?? ''),
      ),
    );
}

describe('the plan as CSV', () => {
  const certifications = new Map([
    [
      'security',
      compared('security', {
        title: '=Security, "Plus"',
        provider: { name: 'CompTIA' },
        validity: { kind: 'years', years: 3 },
        totalCost: { kind: 'paid', price: { amount: 404, currency: 'USD' }, approx: [] },
        renewalFee: { kind: 'paid', price: { amount: 50, currency: 'USD' }, approx: [] },
        examMinutes: 90,
      }),
    ],
    ['free', compared('free', { totalCost: { kind: 'free' }, status: 'retiring', retirementDate: '2027-03' })],
  ]);
  const plan: PlanEntry[] = [
    { slug: 'security', status: 'passed', passedOn: '2025-06-30' },
    { slug: 'free', status: 'planning' },
    { slug: 'gone-from-catalogue', status: 'preparing' },
  ];
  const rows = parseCsv(planCsv(plan, (slug) => certifications.get(slug), TODAY));
  const header = rows[0]!;
  const cell = (row: number, column: string) => rows[row]![header.indexOf(column)];

  it('has a header row, then one row per certification of the plan, in its order', () => {
    expect(header).toEqual(PLAN_CSV_COLUMNS.map((column) => column.name));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['security', 'free', 'gone-from-catalogue']);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('gives the status, the day passed, the expiry and the costs as raw values', () => {
    expect(cell(1, 'plan_status')).toBe('passed');
    expect(cell(1, 'passed_on')).toBe('2025-06-30');
    expect(cell(1, 'expires_on')).toBe('2028-06-30');
    expect(cell(1, 'validity_months')).toBe('36');
    expect(cell(1, 'cost_usd')).toBe('404');
    expect(cell(1, 'renewal_fee_usd')).toBe('50');
    expect(cell(1, 'exam_minutes')).toBe('90');
    expect(cell(2, 'cost_usd')).toBe('0');
    expect(cell(2, 'retirement_date')).toBe('2027-03');
    expect(cell(2, 'expires_on')).toBe('');
  });

  it('quotes commas and quotes and guards a title a spreadsheet would run as a formula', () => {
    expect(cell(1, 'title')).toBe('\'=Security, "Plus"');
  });

  it('keeps a certification the catalogue no longer has, with what the plan knows of it', () => {
    expect(cell(3, 'plan_status')).toBe('preparing');
    expect(cell(3, 'title')).toBe('');
  });
});
