/**
 * Writing CSV (RFC 4180: commas, double quotes doubled, CRLF line ends) that spreadsheet programs open
 * as meant: UTF-8 with a byte-order mark, so accents and ₹ read correctly, and a text cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`) starting with an apostrophe. Plain text, safe
 * in the browser: the catalogue's CSV and a student's plan are written with these.
 */

/** What a cell holds: a number, text, or nothing. */
export type CsvValue = string | number | undefined;

/** A cell: numbers as they are, text guarded against formulas and quoted when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a byte-order mark, then each row's cells, CRLF line ends. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
