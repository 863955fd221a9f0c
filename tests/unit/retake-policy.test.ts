import { describe, expect, it } from 'vitest';
import { FieldProblem } from '../../src/lib/fields/problem';
import { formatRetakePolicy, parseRetakePolicy } from '../../src/lib/fields/retake-policy';

describe('parseRetakePolicy', () => {
  it('keeps a sentence and reads its first "N days" as the waiting period', () => {
    expect(parseRetakePolicy('14 days after a failed attempt')).toEqual({
      waitingDays: 14,
      notes: '14 days after a failed attempt',
    });
    expect(parseRetakePolicy('30-day waiting period; 90 days after a second failure')).toMatchObject({
      waitingDays: 30,
    });
    expect(parseRetakePolicy('Retake whenever you like.')).toEqual({ notes: 'Retake whenever you like.' });
  });

  it('reads the object form, where 0 days means no wait', () => {
    expect(parseRetakePolicy({ waiting_days: 0 })).toEqual({ waitingDays: 0 });
    expect(parseRetakePolicy({ waiting_days: 14, notes: ' Full fee each time. ' })).toEqual({
      waitingDays: 14,
      notes: 'Full fee each time.',
    });
  });

  it.each([
    ['an empty sentence', '  '],
    ['an empty object', {}],
    ['negative days', { waiting_days: -1 }],
    ['a fraction of a day', { waiting_days: 1.5 }],
  ])('refuses %s', (_case, value) => {
    expect(() => parseRetakePolicy(value)).toThrow(FieldProblem);
  });
});

describe('formatRetakePolicy', () => {
  it('says the wait, then the notes', () => {
    expect(formatRetakePolicy({ waitingDays: 1 })).toBe('Wait 1 day after a failed attempt.');
    expect(formatRetakePolicy({ waitingDays: 0, notes: 'Each retake costs the full fee.' })).toBe(
      'No waiting period after a failed attempt. Each retake costs the full fee.',
    );
  });

  it('says only the notes when they give the wait themselves, never the wait twice', () => {
    expect(formatRetakePolicy(parseRetakePolicy('14 days after a failed attempt'))).toBe(
      '14 days after a failed attempt',
    );
  });
});
