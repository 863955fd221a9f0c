import { describe, expect, it } from 'vitest';
import { formatWeight, parseDomains } from '../../src/lib/fields/domains';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parseDomains', () => {
  it('trims names and keeps weights as percentages, a missing weight left out', () => {
    expect(parseDomains([{ name: ' Modeling ', weight: 36 }, { name: 'Ethics' }])).toEqual([
      { name: 'Modeling', weightPercent: 36 },
      { name: 'Ethics' },
    ]);
  });

  it.each([
    ['an empty list', []],
    ['a domain without a name', [{ name: '  ' }]],
    ['a zero weight', [{ name: 'A', weight: 0 }]],
    ['a weight over 100', [{ name: 'A', weight: 100.5 }]],
    ['a weight that is not a number', [{ name: 'A', weight: Number.NaN }]],
  ])('refuses %s', (_case, domains) => {
    expect(() => parseDomains(domains)).toThrow(FieldProblem);
  });
});

describe('formatWeight', () => {
  it('shows at most one decimal', () => {
    expect(formatWeight(20)).toBe('20%');
    expect(formatWeight(17.5)).toBe('17.5%');
    expect(formatWeight(33.333)).toBe('33.3%');
  });
});
