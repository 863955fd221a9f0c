import { describe, expect, it } from 'vitest';
import { formatLanguages, parseLanguages } from '../../src/lib/fields/languages';

describe('parseLanguages', () => {
  it('reads a list or one comma-separated string, trimmed, in the order written', () => {
    expect(parseLanguages([' English', 'Japanese ', 'Simplified Chinese'])).toEqual([
      'English',
      'Japanese',
      'Simplified Chinese',
    ]);
    expect(parseLanguages('English, French,Spanish')).toEqual(['English', 'French', 'Spanish']);
  });

  it('refuses a language listed twice, whatever its case', () => {
    expect(() => parseLanguages(['English', 'english'])).toThrow('"english" is listed twice');
  });
});

describe('formatLanguages', () => {
  it('gives the count with the list', () => {
    expect(formatLanguages(['English'])).toBe('1 language: English');
    expect(formatLanguages(['English', 'German'])).toBe('2 languages: English, German');
  });
});
