import { describe, expect, it } from 'vitest';
import type { FactHistory } from '../../src/lib/catalogue/fact-history';
import { changeText, historyView } from '../../src/lib/site/fact-history';
import type { Fee } from '../../src/lib/values/money';

const fee = (amount: number): Fee => ({ kind: 'paid', price: { amount, currency: 'USD' }, approx: [] });
const COMMIT = 'a'.repeat(40);

describe('changeText', () => {
  it('writes a change, an addition and a removal as the facts panel writes the values', () => {
    expect(changeText({ fact: 'fee', from: fee(300), to: fee(330) })).toBe('Fee: $300 → $330');
    expect(changeText({ fact: 'questions', to: { min: 60, max: 65 } })).toBe('Questions: 60–65 (added)');
    expect(changeText({ fact: 'duration', from: 90 })).toBe('Duration: 90 minutes (1 h 30 min) (removed)');
    expect(
      changeText({
        fact: 'status',
        from: { status: 'active', retirementDate: undefined },
        to: { status: 'retired', retirementDate: '2026-03-31' },
      }),
    ).toBe('Status: Active → Retired on 31 March 2026');
  });
});

describe('historyView', () => {
  const history: FactHistory = {
    events: [
      {
        date: '2026-03-04',
        commit: COMMIT,
        checked: '2026-03-01',
        changes: [{ fact: 'fee', from: fee(300), to: fee(330) }],
      },
      { date: '2026-01-02', commit: COMMIT, added: true, changes: [] },
    ],
    unreadable: 0,
  };

  it('lists each commit with its day, its lines and, with a repository, a link to the commit', () => {
    const view = historyView(history, { url: 'https://github.com/example/certs', branch: 'main' });
    expect(view.items.map(({ dateText, lines }) => [dateText, lines])).toEqual([
      ['4 March 2026', ['Fee: $300 → $330', 'Facts checked against the official page on 1 March 2026']],
      ['2 January 2026', ['Added to the catalogue']],
    ]);
    expect(view.items[0]?.commitHref).toBe(`https://github.com/example/certs/commit/${COMMIT}`);
    expect(view.note).toBeUndefined();
  });

  it('links no commit without a repository, and says when versions could not be read', () => {
    const view = historyView({ ...history, unreadable: 2 }, undefined);
    expect(view.items.every((item) => item.commitHref === undefined)).toBe(true);
    expect(view.note).toMatch(/no longer reads/);
  });
});
