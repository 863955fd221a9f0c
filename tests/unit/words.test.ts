import { describe, expect, it } from 'vitest';
import { compactKey, wordsOf } from '../../src/lib/text/words';

describe('wordsOf', () => {
  it.each([
    ['CompTIA Security+', ['comptia', 'security', 'plus']],
    ['c++', ['c', 'plus', 'plus']],
    ['C#', ['c', 'sharp']],
    ['AT&T', ['at', 'and', 't']],
    ['Réseau™ Expert', ['reseau', 'expert']],
    ['(ISC)²', ['isc', '2']],
    ['AWS Certified Solutions Architect – Associate', ['aws', 'certified', 'solutions', 'architect', 'associate']],
  ])('reads "%s" as %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('compactKey', () => {
  it('spells every way of writing a code the same: AZ-900, az900, az 900', () => {
    expect(new Set(['AZ-900', 'az900', 'az 900', ' Az–900 '].map(compactKey))).toEqual(new Set(['az900']));
    expect(new Set(['SAA-C03', 'saa c03', 'saac03'].map(compactKey))).toEqual(new Set(['saac03']));
  });

  it('spells symbols out: "security+" and "security plus" are one key', () => {
    expect(compactKey('Security+')).toBe(compactKey('security plus'));
    expect(compactKey('C++')).toBe('cplusplus');
  });

  it('is empty for punctuation alone', () => {
    expect(compactKey(' -+- ')).toBe('plus');
    expect(compactKey(' - / ')).toBe('');
  });
});
