import { describe, expect, it } from 'vitest';
import { verificationOf } from '../../src/lib/catalogue/verification';

describe('verificationOf', () => {
  it('calls facts checked in the last 12 months recent, older ones old, missing ones never', () => {
    expect(verificationOf('2026-06-13', '2026-11-26')).toEqual({ kind: 'recent', date: '2026-06-13' });
    expect(verificationOf('2025-11-26', '2026-11-26')).toEqual({ kind: 'recent', date: '2025-11-26' });
    expect(verificationOf('2025-11-25', '2026-11-26')).toEqual({ kind: 'old', date: '2025-11-25' });
    expect(verificationOf(undefined, '2026-11-26')).toEqual({ kind: 'never' });
  });
});
