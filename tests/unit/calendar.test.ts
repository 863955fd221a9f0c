import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, catalogueDates, certificationDates } from '../../src/lib/site/calendar';
import { foldLine } from '../../src/lib/text/icalendar';
import type { CertificationDate } from '../../src/lib/values/certification-dates';
import { sampleCertification } from '../support/sample';

const retiring = sampleCertification('retiring', {
  title: 'Cloud, Data; and \\ Backslash Practitioner',
  status: 'retiring',
  retirement_date: '2027-03-31',
  last_booking_date: '2027-02-28',
});
const retiredInMonth = sampleCertification('month', { status: 'retired', retirement_date: '2026-06' });
const retiredLongAgo = sampleCertification('old', { status: 'retired', retirement_date: '2024-01-31' });
const noDate = sampleCertification('no-date', { status: 'retired', retirement_date: 'not given' });

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: event.getFirstPropertyValue('uid'),
    summary: event.getFirstPropertyValue('summary'),
    description: event.getFirstPropertyValue('description'),
    start: String(event.getFirstPropertyValue('dtstart')),
    end: String(event.getFirstPropertyValue('dtend')),
    url: event.getFirstPropertyValue('url'),
  }));
}

const file = (dates: readonly CertificationDate[]) =>
  calendarText({
    name: 'Sample, dates',
    description: 'What; retires',
    dates,
    pageUrl: (slug) => `https://example.org/${slug}/`,
    host: 'example.org',
    today: '2026-12-04',
  });

describe('certification dates', () => {
  it('lists the last day to book and the retirement, in date order, and nothing for a date not given', () => {
    expect(certificationDates(retiring).map(({ what, date }) => [what, date])).toEqual([
      ['last-booking', '2027-02-28'],
      ['retirement', '2027-03-31'],
    ]);
    expect(certificationDates(noDate)).toEqual([]);
  });

  it('keeps in the catalogue’s calendar the dates to come and those of the last 12 months', () => {
    const dates = catalogueDates([retiredLongAgo, retiring, retiredInMonth, noDate], '2026-12-04');
    expect(dates.map(({ slug, date }) => `${slug} ${date}`)).toEqual([
      'month 2026-06',
      'retiring 2027-02-28',
      'retiring 2027-03-31',
    ]);
  });
});

describe('calendarText', () => {
  it('writes valid iCalendar that a parser reads back, text escaped, one all-day event per date', () => {
    const text = file(certificationDates(retiring));
    const events = parsed(text);
    expect(events).toEqual([
      {
        uid: 'retiring.last-booking@example.org',
        summary: 'Last day to book: Cloud, Data; and \\ Backslash Practitioner',
        description:
          'The last day to book the exam of Cloud, Data; and \\ Backslash Practitioner (Sample Org) is ' +
          '28 February 2027.',
        start: '2027-02-28',
        end: '2027-03-01',
        url: 'https://example.org/retiring/',
      },
      {
        uid: 'retiring.retirement@example.org',
        summary: 'Retirement: Cloud, Data; and \\ Backslash Practitioner',
        description:
          'Cloud, Data; and \\ Backslash Practitioner (Sample Org) is retired on 31 March 2027. ' +
          'Check the official page before you book.',
        start: '2027-03-31',
        end: '2027-04-01',
        url: 'https://example.org/retiring/',
      },
    ]);
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('description')).toBe('What; retires');
  });

  it('gives a retirement known only by its month the whole month, and says the provider gives no day', () => {
    const [event] = parsed(file(certificationDates(retiredInMonth)));
    expect(event).toMatchObject({ start: '2026-06-01', end: '2026-07-01' });
    expect(event?.description).toContain('is retired during June 2026 (the provider gives no day)');
  });

  it('keeps the same UID for an event in every file, so an update replaces it', () => {
    const alone = parsed(file(certificationDates(retiring))).map((event) => event.uid);
    const inCatalogue = parsed(file(catalogueDates([retiring, retiredInMonth], '2026-12-04'))).map(
      (event) => event.uid,
    );
    expect(inCatalogue).toEqual(expect.arrayContaining(alone));
    expect(new Set(inCatalogue).size).toBe(inCatalogue.length);
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    const text = file(certificationDates(retiring));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is an empty but valid calendar when nothing is dated', () => {
    expect(parsed(file([]))).toEqual([]);
  });
});
