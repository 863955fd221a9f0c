import { describe, expect, it } from 'vitest';
import { parsePassingScore } from '../../src/lib/fields/passing-score';
import { formatPassingScore } from '../../src/lib/values/passing-score';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parsePassingScore', () => {
  it.each([
    ['750 of 1000', { kind: 'score', score: 750, outOf: 1000 }],
    ['700/1000', { kind: 'score', score: 700, outOf: 1000 }],
    ['700 / 1000', { kind: 'score', score: 700, outOf: 1000 }],
    ['65 out of 100', { kind: 'score', score: 65, outOf: 100 }],
    ['  70% ', { kind: 'percent', percent: 70 }],
    ['62.5%', { kind: 'percent', percent: 62.5 }],
    ['100%', { kind: 'percent', percent: 100 }],
  ])('reads %s', (text, score) => {
    expect(parsePassingScore(text)).toEqual(score);
  });

  it('reads both object forms', () => {
    expect(parsePassingScore({ score: 720, out_of: 1000 })).toEqual({ kind: 'score', score: 720, outOf: 1000 });
    expect(parsePassingScore({ percent: 85 })).toEqual({ kind: 'percent', percent: 85 });
  });

  it.each([
    ['a bare number (700 of what?)', '700'],
    ['a score above its maximum', '1200 of 1000'],
    ['a zero maximum', '0/0'],
    ['a percentage above 100', '120%'],
    ['a zero percentage', '0%'],
    ['words', 'pass'],
    ['a range', '700-750'],
  ])('refuses %s', (_case, text) => {
    expect(() => parsePassingScore(text)).toThrow(FieldProblem);
  });

  it('says why an object form is refused', () => {
    expect(() => parsePassingScore({ score: 900, out_of: 800 })).toThrow('more than the maximum 800');
    expect(() => parsePassingScore({ percent: -5 })).toThrow('not a percentage');
  });
});

describe('formatPassingScore', () => {
  it('writes a score with its maximum, and a percentage with its sign', () => {
    expect(formatPassingScore(parsePassingScore('700/1000'))).toBe('700 of 1000');
    expect(formatPassingScore({ kind: 'percent', percent: 70 })).toBe('70%');
  });
});
