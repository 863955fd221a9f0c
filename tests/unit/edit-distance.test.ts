import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/text/edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('data-engineering', 'data-engineerng')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops early past the limit', () => {
    expect(editDistance('networking', 'security', 2)).toBe(3);
  });
});

describe('closest', () => {
  it('picks the nearest candidate within the limit, the first listed on a tie', () => {
    expect(closest('catgories', ['title', 'categories', 'validity'], 3)).toBe('categories');
    expect(closest('colour', ['title', 'categories'], 3)).toBeUndefined();
    expect(closest('ab', ['ax', 'ay'], 1)).toBe('ax');
  });
});
