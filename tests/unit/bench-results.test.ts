/**
 * The build benchmark's table in docs/performance.md is the one its results file gives (so nobody edits
 * figures by hand), and a new run replaces only the rows it measured again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mergeResults,
  resultsTable,
  TABLE_END,
  TABLE_START,
  withTable,
  type ResultsFile,
  type SiteResult,
} from '../../bench/lib/results';

const results = (JSON.parse(readFileSync('bench/results.json', 'utf8')) as ResultsFile).results;
const document = readFileSync('docs/performance.md', 'utf8');

describe('docs/performance.md', () => {
  it('shows the table that bench/results.json gives, between its markers', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(withTable(document, resultsTable(results))).toBe(document);
  });

  it('would be rewritten if a figure were edited by hand', () => {
    const edited = document.replace(/\| (\d+\.\d) s \|/, (_, figure: string) => `| ${Number(figure) + 1} s |`);
    expect(edited).not.toBe(document);
    expect(withTable(edited, resultsTable(results))).toBe(document);
  });

  it('refuses a document that lost its markers', () => {
    expect(() => withTable(document.replace(TABLE_START, ''), 'table')).toThrow(/markers/);
    expect(() => withTable(document.replace(TABLE_END, ''), 'table')).toThrow(/markers/);
  });
});

describe('mergeResults', () => {
  const row = (site: string, entries: number, date: string, source: SiteResult['source'] = 'generated') =>
    ({ ...results[0]!, site, entries, source, measured: { ...results[0]!.measured, date } }) as SiteResult;

  it('replaces the rows measured again and keeps the others, catalogue first, then by size, project first', () => {
    const previous = [
      row('Cert Compass', 10000, 'old'),
      row('Bare Astro', 10000, 'old'),
      row('Cert Compass', 1000, 'old'),
    ];
    const latest = [row('Cert Compass', 1000, 'new'), row('Cert Compass', 715, 'new', 'catalogue')];
    expect(mergeResults(previous, latest).map((one) => `${one.site} ${one.entries} ${one.measured.date}`)).toEqual([
      'Cert Compass 715 new',
      'Cert Compass 1000 new',
      'Cert Compass 10000 old',
      'Bare Astro 10000 old',
    ]);
  });
});
