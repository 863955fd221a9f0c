import { describe, expect, it } from 'vitest';
import { FieldProblem } from '../../src/lib/fields/problem';
import { parseStatus } from '../../src/lib/fields/status';
import { formatStatus } from '../../src/lib/values/status';

describe('status', () => {
  it('reads the three statuses in any case and shows them capitalised', () => {
    expect(parseStatus('Retiring')).toBe('retiring');
    expect(formatStatus('retired')).toBe('Retired');
  });

  it('refuses other words', () => {
    expect(() => parseStatus('deprecated')).toThrow(FieldProblem);
  });
});
