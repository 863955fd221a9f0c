import { describe, expect, it } from 'vitest';
import { LEVELS, levelRank, levelSlug, parseLevel } from '../../src/lib/fields/level';
import { parseOfficialLink } from '../../src/lib/fields/link';
import { FieldProblem } from '../../src/lib/fields/problem';
import { formatStatus, parseStatus } from '../../src/lib/fields/status';
import { parseCommaList, parseTextList } from '../../src/lib/fields/text-list';

describe('level', () => {
  it('reads levels in any letter case', () => {
    expect(parseLevel('advanced')).toBe('Advanced');
    expect(parseLevel(' EXPERT ')).toBe('Expert');
  });

  it('refuses other words', () => {
    expect(() => parseLevel('Associate')).toThrow(FieldProblem);
    expect(() => parseLevel('')).toThrow(FieldProblem);
  });

  it('orders and slugs the four levels', () => {
    expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3]);
    expect(LEVELS.map(levelSlug)).toEqual(['beginner', 'intermediate', 'advanced', 'expert']);
  });
});

describe('official link', () => {
  it('accepts https URLs and normalises them', () => {
    expect(parseOfficialLink(' https://aws.amazon.com/certification/ ')).toBe('https://aws.amazon.com/certification/');
    expect(parseOfficialLink('https://EXAMPLE.org')).toBe('https://example.org/');
  });

  it.each([
    ['a javascript: link', 'javascript:alert(1)', 'only https'],
    ['a data: link', 'data:text/html,<script>alert(1)</script>', 'only https'],
    ['plain http', 'http://example.org/', 'only https'],
    ['a relative path', '/certification/', 'not an absolute URL'],
    ['credentials', 'https://user:pass@example.org/', 'user name or password'],
  ])('refuses %s', (_case, text, reason) => {
    expect(() => parseOfficialLink(text)).toThrow(reason);
  });
});

describe('status', () => {
  it('reads the three statuses in any case and shows them capitalised', () => {
    expect(parseStatus('Retiring')).toBe('retiring');
    expect(formatStatus('retired')).toBe('Retired');
  });

  it('refuses other words', () => {
    expect(() => parseStatus('deprecated')).toThrow(FieldProblem);
  });
});

describe('lists', () => {
  it('splits skills on commas and trims them', () => {
    expect(parseCommaList('Model Deployment, Data Engineering,  Feature Engineering')).toEqual([
      'Model Deployment',
      'Data Engineering',
      'Feature Engineering',
    ]);
    expect(parseCommaList(['Python', ' SQL '])).toEqual(['Python', 'SQL']);
  });

  it('keeps a prerequisites string whole, commas included', () => {
    const sentence = 'Courses like Introduction to Machine Learning, Data Science and Management';
    expect(parseTextList(sentence)).toEqual([sentence]);
    expect(parseTextList(['Linux basics', 'Networking basics'])).toEqual(['Linux basics', 'Networking basics']);
  });

  it('refuses empty lists', () => {
    expect(() => parseCommaList(' , ')).toThrow(FieldProblem);
    expect(() => parseTextList([])).toThrow(FieldProblem);
  });
});
