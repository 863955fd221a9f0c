import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { freshnessView } from '../../src/lib/site/freshness';
import { checkedOn, sampleInput } from '../support/sample';

const TODAY = '2026-12-04';
const catalogue = buildCatalogue(
  [
    sampleInput('fresh', { provider: 'Big', ...checkedOn('2026-11-01') }),
    sampleInput('ageing', { provider: 'Big', ...checkedOn('2026-02-01') }),
    sampleInput('never-big', { provider: 'Big' }),
    sampleInput('never-small', { provider: 'Small' }),
    sampleInput('retiring', { provider: 'Small', status: 'retiring', last_booking_date: '2027-01-15' }),
    sampleInput('retired', { provider: 'Small', status: 'retired', retirement_date: '2026-03-31' }),
    sampleInput('retired-long-ago', { provider: 'Gone', status: 'retired', retirement_date: '2023-03-31' }),
  ],
  { today: TODAY },
);
const view = freshnessView(catalogue, [], TODAY);

describe('freshnessView', () => {
  it('counts the current entries by the age of their check, each age linking to the browse filter', () => {
    expect(view.current).toBe(5);
    expect(view.ages.map(({ age, count, percent }) => [age, count, percent])).toEqual([
      ['within-6-months', 1, 20],
      ['within-12-months', 1, 20],
      ['older-or-never', 3, 60],
    ]);
    expect(view.ages[2]?.href).toBe('/certifications/?checked=older-or-never');
  });

  it('lists the providers with entries to check, the most current entries first, retired ones left out', () => {
    expect(view.providers.map(({ name, unchecked, current }) => [name, unchecked, current])).toEqual([
      ['Big', 1, 3],
      ['Small', 2, 2],
    ]);
    expect(view.providers[0]?.browseHref).toBe('/certifications/?provider=big&checked=older-or-never');
  });

  it('splits the dated steps into those to come, soonest first, and those of the last 12 months, latest first', () => {
    expect(view.upcoming.map(({ summary, date }) => [summary, date])).toEqual([
      ['Last day to book: retiring', '2027-01-15'],
    ]);
    expect(view.recent.map(({ summary, date }) => [summary, date])).toEqual([['Retirement: retired', '2026-03-31']]);
    expect(view.upcoming[0]?.calendarHref).toBe('/retiring/dates.ics');
  });
});
