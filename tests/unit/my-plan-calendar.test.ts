/**
 * The plan's calendar file, read back by a parser (ical.js): renewals from the day passed and the
 * validity, retirements of planned certifications, reminders, and UIDs that do not change with dates.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCalendarText, RENEWAL_REMINDER_DAYS, RETIREMENT_REMINDER_DAYS } from '../../src/lib/my-plan/calendar';
import type { Planned } from '../../src/lib/my-plan/summary';
import { calendarText } from '../../src/lib/site/calendar';
import { compared } from '../support/compared';

const TODAY = '2026-12-05';
const HOST = 'certs.example.org';

const renewable = compared('comptia-security-plus', {
  title: 'CompTIA Security+; the, one',
  provider: { name: 'CompTIA' },
  validity: { kind: 'years', years: 3 },
  renewalFee: { kind: 'paid', price: { amount: 50, currency: 'USD' }, approx: [] },
});
const retiring = compared('retiring-cert', {
  title: 'Retiring Cert',
  status: 'retiring',
  retirementDate: '2027-03-31',
  lastBookingDate: '2027-02-28',
});

const planned: Planned[] = [
  { entry: { slug: renewable.slug, status: 'passed', passedOn: '2025-06-30' }, certification: renewable },
  { entry: { slug: retiring.slug, status: 'preparing' }, certification: retiring },
  // Nothing of these: a lifetime one passed, a planned one that is active, a renewal already behind.
  {
    entry: { slug: 'lifetime', status: 'passed', passedOn: '2020-01-01' },
    certification: compared('lifetime', { validity: { kind: 'lifetime' } }),
  },
  { entry: { slug: 'active', status: 'planning' }, certification: compared('active') },
  {
    entry: { slug: 'lapsed', status: 'passed', passedOn: '2020-01-01' },
    certification: compared('lapsed', { validity: { kind: 'years', years: 2 } }),
  },
];

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: event.getFirstPropertyValue('uid'),
      summary: event.getFirstPropertyValue('summary'),
      description: event.getFirstPropertyValue('description'),
      start: String(event.getFirstPropertyValue('dtstart')),
      end: String(event.getFirstPropertyValue('dtend')),
      url: event.getFirstPropertyValue('url'),
      reminders: event
        .getAllSubcomponents('valarm')
        .map((alarm) => [alarm.getFirstPropertyValue('action'), String(alarm.getFirstPropertyValue('trigger'))]),
    })),
  };
}

describe('the plan’s calendar', () => {
  it('is valid iCalendar: a renewal from the day passed and the validity, the planned one’s retirement dates', () => {
    const { name, events } = parsed(planCalendarText(planned, TODAY, HOST));
    expect(name).toBe('My certification plan');
    expect(events).toEqual([
      {
        uid: 'retiring-cert.last-booking@certs.example.org',
        summary: 'Last day to book: Retiring Cert',
        description: 'The last day to book the exam of Retiring Cert (Sample Org) is 28 February 2027.',
        start: '2027-02-28',
        end: '2027-03-01',
        url: 'https://certs.example.org/retiring-cert/',
        reminders: [['DISPLAY', `-P${RETIREMENT_REMINDER_DAYS}D`]],
      },
      {
        uid: 'retiring-cert.retirement@certs.example.org',
        summary: 'Retirement: Retiring Cert',
        description: 'Retiring Cert (Sample Org) is retired on 31 March 2027. Check the official page before you book.',
        start: '2027-03-31',
        end: '2027-04-01',
        url: 'https://certs.example.org/retiring-cert/',
        reminders: [['DISPLAY', `-P${RETIREMENT_REMINDER_DAYS}D`]],
      },
      {
        uid: 'comptia-security-plus.renewal@certs.example.org',
        summary: 'Renewal due: CompTIA Security+; the, one',
        description:
          'CompTIA Security+; the, one (CompTIA) expires on 30 June 2028, 3 years after you passed it on ' +
          '30 June 2025. Renew it before then. Renewal fee: $50.',
        start: '2028-06-30',
        end: '2028-07-01',
        url: 'https://certs.example.org/comptia-security-plus/',
        reminders: [['DISPLAY', `-P${RENEWAL_REMINDER_DAYS}D`]],
      },
    ]);
  });

  it('keeps every UID when the dates change, so importing it again replaces the events', () => {
    const uids = (text: string) => parsed(text).events.map((event) => event.uid);
    const before = uids(planCalendarText(planned, TODAY, HOST));
    const moved: Planned[] = [
      { ...planned[0]!, entry: { slug: renewable.slug, status: 'passed', passedOn: '2026-11-30' } },
      { ...planned[1]!, certification: { ...retiring, retirementDate: '2027-06-30', lastBookingDate: '2027-05-31' } },
    ];
    expect(uids(planCalendarText(moved, TODAY, HOST)).sort()).toEqual([...before].sort());
  });

  it('gives a retirement the UID the site’s own calendar gives it, so either file replaces the other’s event', () => {
    const site = calendarText({
      name: 'Retiring Cert: dates',
      description: 'When it retires',
      dates: [
        {
          slug: 'retiring-cert',
          title: 'Retiring Cert',
          provider: 'Sample Org',
          what: 'retirement',
          date: '2027-03-31',
        },
      ],
      pageUrl: (slug) => `https://certs.example.org/${slug}/`,
      host: HOST,
      today: TODAY,
    });
    const [siteEvent] = parsed(site).events;
    const planEvent = parsed(planCalendarText(planned, TODAY, HOST)).events.find(
      (event) => event.uid === siteEvent?.uid,
    );
    expect(planEvent).toMatchObject({ summary: siteEvent?.summary, start: siteEvent?.start });
  });

  it('leaves out what is behind: a retirement month already over, a renewal that fell due', () => {
    const retiredInMonth = compared('month', { status: 'retiring', retirementDate: '2026-12' });
    const retiredBefore = compared('gone', { status: 'retired', retirementDate: '2026-11' });
    const { events } = parsed(
      planCalendarText(
        [
          { entry: { slug: 'month', status: 'planning' }, certification: retiredInMonth },
          { entry: { slug: 'gone', status: 'planning' }, certification: retiredBefore },
        ],
        TODAY,
        HOST,
      ),
    );
    expect(events.map(({ uid, start, end }) => [uid, start, end])).toEqual([
      ['month.retirement@certs.example.org', '2026-12-01', '2027-01-01'],
    ]);
  });

  it('is an empty but valid calendar for a plan with nothing dated', () => {
    const text = planCalendarText([], TODAY, HOST);
    expect(parsed(text).events).toEqual([]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
