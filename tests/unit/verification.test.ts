import { describe, expect, it } from 'vitest';
import { checkAgeOf, checkAgeText, verificationOf } from '../../src/lib/catalogue/verification';

describe('verificationOf', () => {
  it('calls facts checked in the last 12 months recent, older ones old, missing ones never', () => {
    expect(verificationOf('2026-06-13', '2026-11-26')).toEqual({ kind: 'recent', date: '2026-06-13' });
    expect(verificationOf('2025-11-26', '2026-11-26')).toEqual({ kind: 'recent', date: '2025-11-26' });
    expect(verificationOf('2025-11-25', '2026-11-26')).toEqual({ kind: 'old', date: '2025-11-25' });
    expect(verificationOf(undefined, '2026-11-26')).toEqual({ kind: 'never' });
  });
});

describe('the age of a check', () => {
  it('is within 6 months up to the day, then within 12 months, then older or never', () => {
    expect(checkAgeOf('2026-05-26', '2026-11-26')).toBe('within-6-months');
    expect(checkAgeOf('2026-05-25', '2026-11-26')).toBe('within-12-months');
    expect(checkAgeOf('2025-11-26', '2026-11-26')).toBe('within-12-months');
    expect(checkAgeOf('2025-11-25', '2026-11-26')).toBe('older-or-never');
    expect(checkAgeOf(undefined, '2026-11-26')).toBe('older-or-never');
  });

  it('reads on a card as its age, telling an old check from none', () => {
    expect(checkAgeText({ checkAge: 'within-6-months', lastVerified: '2026-11-01' })).toBe('Checked within 6 months');
    expect(checkAgeText({ checkAge: 'within-12-months', lastVerified: '2026-01-01' })).toBe(
      'Checked 6 to 12 months ago',
    );
    expect(checkAgeText({ checkAge: 'older-or-never', lastVerified: '2024-01-01' })).toBe('Checked over 12 months ago');
    expect(checkAgeText({ checkAge: 'older-or-never' })).toBe('Not yet checked');
  });
});
