import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { certificationsCsv, CSV_COLUMNS } from '../../src/lib/site/csv';
import { csvCell } from '../../src/lib/text/csv';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';
import { PROJECT_ROOT } from '../support/build-site';

const pageUrl = (slug: string) => `https://certs.example.org/${slug}/`;

/** Splits RFC 4180 text into rows of cells (enough for these tests: quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)) {
    const cells: string[] = [];
    for (const [, quoted, plain] of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
      cells.push(quoted !== undefined ? quoted.replaceAll('""', '"') : (plain ?? ''));
    }
    rows.push(cells);
  }
  return rows;
}

describe('the CSV of the catalogue', () => {
  const catalogue = buildCatalogue(
    [
      sampleInput('full', {
        title: 'Data, "Quoted" & More',
        fee: '€150 (approx ₹14,000)',
        exam_format: '60 questions, 90 minutes, online proctored, test center',
        validity: '2 years',
        skills: ['Modelling', 'SQL'],
        builds_on: ['minimal'],
      }),
      sampleInput('minimal', { title: '=HYPERLINK("https://evil.example")' }),
    ],
    { today: SAMPLE_TODAY },
  );
  const csv = certificationsCsv(catalogue.certifications, pageUrl);
  const [header, ...rows] = parseCsv(csv);
  const row = (slug: string) =>
    Object.fromEntries(header!.map((name, index) => [name, rows.find((cells) => cells[0] === slug)?.[index]]));

  it('starts with a byte-order mark and the documented header, and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFFslug,title,url,')).toBe(true);
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(2);
  });

  it('quotes commas and quotes, joins lists with "; ", and gives numbers as numbers', () => {
    expect(row('full')).toMatchObject({
      title: 'Data, "Quoted" & More',
      fee: '€150 (≈ ₹14,000)',
      fee_amount: '150',
      fee_currency: 'EUR',
      fee_usd: '174.42',
      questions: '60',
      duration_minutes: '90',
      delivery: 'online proctored; test center',
      validity_months: '24',
      skills: 'Modelling; SQL',
      builds_on: 'minimal',
      url: 'https://certs.example.org/full/',
    });
  });

  it('leaves a fact a file does not give blank, and disarms text a spreadsheet would run as a formula', () => {
    expect(row('minimal')).toMatchObject({ fee: '', fee_amount: '', validity_months: '' });
    expect(row('minimal').title).toBe('\'=HYPERLINK("https://evil.example")');
    expect(csvCell('-1 dollar')).toBe("'-1 dollar");
    expect(csvCell(0)).toBe('0');
  });

  it('is documented in docs/features.md, column by column, with the description the code gives', () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/features.md'), 'utf8');
    for (const column of CSV_COLUMNS)
      expect(docs, column.name).toContain(`| \`${column.name}\` | ${column.description} |`);
  });
});
