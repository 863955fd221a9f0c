import { describe, expect, it } from 'vitest';
import { countOf, NOT_LISTED, plural } from '../../src/lib/labels';

describe('labels', () => {
  it('says one and many', () => {
    expect(plural('flag', 1)).toBe('flag');
    expect(plural('flag', 0)).toBe('flags');
    expect(countOf(1, 'certification')).toBe('1 certification');
    expect(countOf(17, 'dead link')).toBe('17 dead links');
  });

  it('names a missing fact the same way everywhere', () => {
    expect(NOT_LISTED).toBe('Not listed');
  });
});
