import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase } from '../../src/lib/text/case';

describe('case conversion', () => {
  it('turns a front-matter key into its data key and its flag', () => {
    expect(camelCase('short_description')).toBe('shortDescription');
    expect(camelCase('title')).toBe('title');
    expect(camelCase('a_b_c')).toBe('aBC');
    expect(kebabCase('retirement_date')).toBe('retirement-date');
  });
});
