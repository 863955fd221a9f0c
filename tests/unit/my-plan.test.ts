import { describe, expect, it } from 'vitest';
import {
  MAX_PLANNED,
  parsePlanParameter,
  parseStoredPlan,
  planQuery,
  planWith,
  planWithout,
  storedPlanText,
  type PlanEntry,
} from '../../src/lib/my-plan/plan';

const TODAY = '2026-12-05';
const plan: PlanEntry[] = [
  { slug: 'comptia-a-plus', status: 'passed', passedOn: '2024-02-29' },
  { slug: 'comptia-network-plus', status: 'preparing' },
  { slug: 'isc2-cissp', status: 'planning' },
];

describe('the plan in storage', () => {
  it('reads back what it wrote, in order', () => {
    expect(parseStoredPlan(storedPlanText(plan), TODAY)).toEqual(plan);
  });

  it.each([
    ['nothing stored', null],
    ['bad JSON', '{"version":1,"entries":['],
    ['another version', JSON.stringify({ version: 2, entries: plan })],
    ['compare’s list instead', JSON.stringify([{ slug: 'isc2-cissp', title: 'CISSP' }])],
    ['entries that are not a list', JSON.stringify({ version: 1, entries: { slug: 'isc2-cissp' } })],
    ['JSON null', 'null'],
  ])('reads %s as an empty plan, without throwing', (_case, text) => {
    expect(parseStoredPlan(text, TODAY)).toEqual([]);
  });

  it('drops bad entries and keeps the good ones: a bad slug, status or date, a future date, a repeat', () => {
    const stored = JSON.stringify({
      version: 1,
      entries: [
        null,
        'isc2-cissp',
        { slug: '<img src=x onerror=alert(1)>', status: 'planning' },
        { slug: 'a', status: 'dreaming' },
        { slug: 'b', status: 'passed' },
        { slug: 'c', status: 'passed', passedOn: '2026-02-30' },
        { slug: 'd', status: 'passed', passedOn: '2027-01-01' },
        { slug: 'e', status: 'passed', passedOn: 20240101 },
        { slug: 'kept', status: 'preparing', extra: '<script>' },
        { slug: 'kept', status: 'passed', passedOn: '2025-01-01' },
        { slug: 'passed', status: 'passed', passedOn: '2025-01-01' },
      ],
    });
    expect(parseStoredPlan(stored, TODAY)).toEqual([
      { slug: 'kept', status: 'preparing' },
      { slug: 'passed', status: 'passed', passedOn: '2025-01-01' },
    ]);
  });

  it('allows a day of grace for a date passed where it was already tomorrow, no more', () => {
    const stored = (passedOn: string) => storedPlanText([{ slug: 'a', status: 'passed', passedOn }]);
    expect(parseStoredPlan(stored('2026-12-06'), TODAY)).toHaveLength(1);
    expect(parseStoredPlan(stored('2026-12-07'), TODAY)).toEqual([]);
  });

  it(`keeps at most ${MAX_PLANNED} certifications`, () => {
    const many = Array.from({ length: MAX_PLANNED + 5 }, (_, index) => ({ slug: `c-${index}`, status: 'planning' }));
    expect(parseStoredPlan(JSON.stringify({ version: 1, entries: many }), TODAY)).toHaveLength(MAX_PLANNED);
  });
});

describe('changing the plan', () => {
  it('sets a certification’s status in its place, or adds it at the end', () => {
    const passed = planWith(plan, { slug: 'comptia-network-plus', status: 'passed', passedOn: '2026-12-01' });
    expect(passed.plan.map((entry) => entry.status)).toEqual(['passed', 'passed', 'planning']);
    const added = planWith(plan, { slug: 'new-one', status: 'planning' });
    expect(added.plan.map((entry) => entry.slug)).toEqual([...plan.map((entry) => entry.slug), 'new-one']);
    expect(planWithout(plan, 'isc2-cissp').map((entry) => entry.slug)).toEqual([
      'comptia-a-plus',
      'comptia-network-plus',
    ]);
  });

  it('says when a full plan has no room for another, and changes nothing', () => {
    const full = Array.from({ length: MAX_PLANNED }, (_, index): PlanEntry => ({
      slug: `c-${index}`,
      status: 'planning',
    }));
    expect(planWith(full, { slug: 'one-more', status: 'planning' })).toEqual({ plan: full, full: true });
    expect(planWith(full, { slug: 'c-3', status: 'preparing' }).full).toBe(false);
  });
});

describe('the share link', () => {
  it('writes slug:status, and the date for a passed one, and reads it back', () => {
    const query = planQuery(plan);
    expect(query).toBe('?plan=comptia-a-plus:passed:2024-02-29,comptia-network-plus:preparing,isc2-cissp:planning');
    const read = parsePlanParameter(new URLSearchParams(query).get('plan')!, TODAY);
    expect(read).toEqual({ plan, unread: [], dropped: [] });
    expect(planQuery([])).toBe('');
  });

  it('names each item it cannot read, as text, keeps the others, and the first of a repeated one', () => {
    const hostile = '<img src=x onerror=alert(1)>:planning';
    const read = parsePlanParameter(
      [
        'isc2-cissp:planning',
        hostile,
        'a:dreaming',
        'b:passed',
        'c:passed:2099-01-01',
        'd:planning:2025-01-01',
        'e:passed:2025-01-01:extra',
        ' f : preparing ',
        '',
        'isc2-cissp:passed:2025-01-01',
      ].join(','),
      TODAY,
    );
    expect(read.plan).toEqual([{ slug: 'isc2-cissp', status: 'planning' }]);
    expect(read.unread).toEqual([
      hostile,
      'a:dreaming',
      'b:passed',
      'c:passed:2099-01-01',
      'd:planning:2025-01-01',
      'e:passed:2025-01-01:extra',
      'f : preparing',
    ]);
  });

  it(`keeps the first ${MAX_PLANNED} of a longer link and names the rest`, () => {
    const slugs = Array.from({ length: MAX_PLANNED + 2 }, (_, index) => `c-${index}`);
    const read = parsePlanParameter(slugs.map((slug) => `${slug}:planning`).join(','), TODAY);
    expect(read.plan).toHaveLength(MAX_PLANNED);
    expect(read.dropped).toEqual(slugs.slice(MAX_PLANNED));
  });

  it('cuts a very long unreadable item short', () => {
    expect(parsePlanParameter('x'.repeat(5000), TODAY).unread[0]).toHaveLength(200);
  });
});
