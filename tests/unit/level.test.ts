import { describe, expect, it } from 'vitest';
import { LEVELS, levelRank, levelSlug, parseLevel } from '../../src/lib/fields/level';
import { FieldProblem } from '../../src/lib/fields/problem';

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
