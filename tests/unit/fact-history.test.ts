import { describe, expect, it } from 'vitest';
import { factHistory, type TypedVersion } from '../../src/lib/catalogue/fact-history';
import { certificationSchema } from '../../src/lib/schema';
import { checkedOn, MINIMAL_FRONT_MATTER } from '../support/sample';

const data = (overrides: Record<string, unknown> = {}) =>
  certificationSchema.parse({ ...MINIMAL_FRONT_MATTER, ...overrides });
let commits = 0;
const version = (date: string, overrides?: Record<string, unknown>): TypedVersion => ({
  commit: `commit-${(commits += 1)}`,
  date,
  ...(overrides && { data: data(overrides) }),
});

describe('factHistory', () => {
  it('starts with the commit that added the certification, and lists fact changes newest first', () => {
    const { events, unreadable } = factHistory([
      version('2026-01-02', { fee: 'USD 300' }),
      version('2026-02-03', { fee: 'USD 330' }),
      version('2026-03-04', { fee: 'USD 330', level: 'advanced' }),
    ]);
    expect(unreadable).toBe(0);
    expect(events.map(({ date, added, changes }) => [date, added ?? false, changes.map(({ fact }) => fact)])).toEqual([
      ['2026-03-04', false, ['level']],
      ['2026-02-03', false, ['fee']],
      ['2026-01-02', true, []],
    ]);
    expect(events[1]?.changes[0]).toEqual({
      fact: 'fee',
      from: { kind: 'paid', price: { amount: 300, currency: 'USD' }, approx: [] },
      to: { kind: 'paid', price: { amount: 330, currency: 'USD' }, approx: [] },
    });
  });

  it('says when a fact was added and when it was removed', () => {
    const { events } = factHistory([
      version('2026-01-02', {}),
      version('2026-02-03', { exam_format: { questions: 60, duration_minutes: 90, delivery: [] } }),
      version('2026-03-04', { exam_format: { duration_minutes: 90, delivery: [] } }),
    ]);
    expect(events[1]?.changes).toEqual([
      { fact: 'questions', to: { min: 60, max: 60 } },
      { fact: 'duration', to: 90 },
    ]);
    expect(events[0]?.changes).toEqual([{ fact: 'questions', from: { min: 60, max: 60 } }]);
  });

  it('records a new check against the official page, and ignores commits that changed no tracked fact', () => {
    const { events } = factHistory([
      version('2026-01-02', {}),
      version('2026-02-03', { skills: ['One more skill'] }),
      version('2026-03-04', { ...checkedOn('2026-03-01') }),
    ]);
    expect(events.map(({ date, checked, changes }) => [date, checked, changes.length])).toEqual([
      ['2026-03-04', '2026-03-01', 0],
      ['2026-01-02', undefined, 0],
    ]);
  });

  it('infers no change across a version today’s checker cannot read', () => {
    const { events, unreadable } = factHistory([
      version('2026-01-02', { fee: 'USD 300' }),
      version('2026-02-03'),
      version('2026-03-04', { fee: 'USD 330' }),
    ]);
    expect(unreadable).toBe(1);
    expect(events.map(({ date }) => date)).toEqual(['2026-01-02']);
  });

  it('tracks a retirement with its date', () => {
    const { events } = factHistory([
      version('2026-01-02', {}),
      version('2026-02-03', { status: 'retired', retirement_date: '2026-01-31' }),
    ]);
    expect(events[0]?.changes).toEqual([
      {
        fact: 'status',
        from: { status: 'active' },
        to: { status: 'retired', retirementDate: '2026-01-31' },
      },
    ]);
  });
});
