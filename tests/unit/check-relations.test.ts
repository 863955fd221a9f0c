/**
 * The rules of `builds_on` and `leads_to` across the catalogue, called directly: an unknown slug (with
 * the closest existing one suggested), a certification naming itself, and a cycle named file by file.
 */
import { checkedOn } from '../support/sample';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/lib/files/check-catalogue';
import { checkedFile, EVERY_PART } from '../support/checked-file';

const TODAY = '2026-11-26';

/** A checked file, verified today so that only the relation rules have something to say. */
const checked = (slug: string, overrides: Record<string, unknown> = {}) =>
  checkedFile(slug, { ...checkedOn(TODAY), ...overrides });

describe('relations between certifications', () => {
  it('accept steps to existing certifications, written in either file', () => {
    const files = [
      checked('comptia-a-plus', { leads_to: ['comptia-network-plus'] }),
      checked('comptia-network-plus'),
      checked('comptia-security-plus', { builds_on: ['comptia-network-plus'] }),
    ];
    expect(checkCatalogue(files, TODAY)).toEqual([]);
  });

  it('refuse an unknown slug, naming the file, the line, the field and the closest existing slug', () => {
    const files = [
      checked('comptia-network-plus'),
      checked('comptia-security-plus', { builds_on: ['comptia-netwrk-plus'] }),
    ];
    const [problem, ...others] = checkCatalogue(files, TODAY);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      ...EVERY_PART,
      file: 'certs/comptia-security-plus.mdx',
      line: 11,
      field: 'builds_on',
      severity: 'error',
      found: 'comptia-netwrk-plus',
      example: 'builds_on: [comptia-network-plus]',
    });
    expect(problem?.reason).toBe(
      'no certification file is named comptia-netwrk-plus (did you mean "comptia-network-plus"?)',
    );
  });

  it('do not call a certification unknown when its own file has errors (it exists, and says so itself)', () => {
    const problems = checkCatalogue(
      [checked('comptia-security-plus', { builds_on: ['comptia-network-plus'] })],
      TODAY,
      undefined,
      new Set(['comptia-security-plus', 'comptia-network-plus']),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['builds_on', 'a certification cannot build on itself'],
    ['leads_to', 'a certification cannot lead to itself'],
  ] as const)('refuse a certification naming itself in %s', (field, reason) => {
    const [problem, ...others] = checkCatalogue([checked('isc2-cissp', { [field]: ['isc2-cissp'] })], TODAY);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ ...EVERY_PART, field, line: 11, reason, found: 'isc2-cissp' });
  });

  it('refuse a cycle once, naming every file in it and each step as its file states it', () => {
    // a-cert builds on b-cert and leads to c-cert, which leads to b-cert: b, a, c, b.
    const files = [
      checked('a-cert', { builds_on: ['b-cert'], leads_to: ['c-cert'] }),
      checked('b-cert'),
      checked('c-cert', { leads_to: ['b-cert'] }),
      checked('d-cert', { builds_on: ['a-cert'] }),
    ];
    const problems = checkCatalogue(files, TODAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      ...EVERY_PART,
      field: 'leads_to',
      line: 12,
      severity: 'error',
      file: 'certs/a-cert.mdx',
    });
    expect(problems[0]?.reason).toBe(
      'these certifications go round in a cycle, so none of them can come first: certs/a-cert.mdx, certs/c-cert.mdx',
    );
    expect(problems[0]?.found).toBe(
      'certs/a-cert.mdx leads to c-cert; certs/c-cert.mdx leads to b-cert; certs/a-cert.mdx builds on b-cert',
    );
    expect(problems[0]?.example).toBe('no leads_to line');
  });

  it('refuse a longer cycle, naming all three files in the order they go round', () => {
    const files = [
      checked('a-cert', { builds_on: ['c-cert'] }),
      checked('b-cert', { builds_on: ['a-cert'] }),
      checked('c-cert', { builds_on: ['b-cert'] }),
      checked('d-cert', { builds_on: ['c-cert', 'a-cert'] }),
    ];
    const [problem, ...others] = checkCatalogue(files, TODAY);
    expect(others).toEqual([]);
    expect(problem?.reason).toContain('certs/b-cert.mdx, certs/c-cert.mdx, certs/a-cert.mdx');
    expect(problem).toMatchObject({ file: 'certs/b-cert.mdx', example: 'no builds_on line' });
  });
});
