import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../src/lib/text/plural';

describe('plural and countOf', () => {
  it('say one and many', () => {
    expect(plural('flag', 1)).toBe('flag');
    expect(plural('flag', 0)).toBe('flags');
    expect(countOf(1, 'certification')).toBe('1 certification');
    expect(countOf(17, 'dead link')).toBe('17 dead links');
  });
});
