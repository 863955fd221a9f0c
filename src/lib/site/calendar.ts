/**
 * Calendar files a student can import or subscribe to (iCalendar, RFC 5545): the day a certification
 * retires and the last day to book its exam. One file per certification that has such a date, and one
 * for the catalogue. An event's UID is the certification's slug and what the date is, the same in
 * both files (and in a student's plan), so a calendar app that imports both, or re-reads either after
 * a change, replaces the event rather than adding a second one.
 */
import { formats } from '../../i18n/browser';
import type { Certification } from '../catalogue/catalogue';
import { DATE_NOT_GIVEN } from '../fields/retirement-date';
import { icalendarText } from '../text/icalendar';
import { monthsBefore, type CalendarDate } from '../values/calendar-date';
import { certificationDateEvent, type CertificationDate } from '../values/certification-dates';
import { absoluteUrl, paths } from './routes';

/** The catalogue calendar keeps dates from this many months before the build, so a recent retirement is still in it. */
export const CALENDAR_PAST_MONTHS = 12;

/** Every dated step of a certification's retirement, in date order. */
export function certificationDates(certification: Certification): CertificationDate[] {
  const { slug, title, retirementDate, lastBookingDate } = certification;
  const base = { slug, title, provider: certification.providerLink.name };
  const dates: CertificationDate[] = [];
  if (lastBookingDate) dates.push({ ...base, what: 'last-booking', date: lastBookingDate });
  if (retirementDate && retirementDate !== DATE_NOT_GIVEN)
    dates.push({ ...base, what: 'retirement', date: retirementDate });
  return dates.sort((a, b) => a.date.localeCompare(b.date));
}

/** The dated steps of the catalogue from `CALENDAR_PAST_MONTHS` before `today` on, soonest first. */
export function catalogueDates(certifications: readonly Certification[], today: CalendarDate): CertificationDate[] {
  const from = monthsBefore(today, CALENDAR_PAST_MONTHS).slice(0, 7);
  return certifications
    .flatMap(certificationDates)
    .filter((step) => step.date >= from)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, formats.numbers));
}

/** What to put in a calendar: its name, what it holds, and where its events link. */
export interface CalendarFile {
  name: string;
  description: string;
  dates: readonly CertificationDate[];
  /** The absolute URL of a certification's page. */
  pageUrl: (slug: string) => string;
  /** The site's host, which makes the events' UIDs unique worldwide. */
  host: string;
  /** When the file was made (the day of the build): every event's DTSTAMP. */
  today: CalendarDate;
}

/** The host of the published site, which every calendar event's UID ends with. */
export function calendarHost(): string {
  return new URL(absoluteUrl(paths.home())).hostname;
}

/** A calendar file of this site as an endpoint's response: events link its pages, UIDs carry its host. */
export function calendarResponse(file: Omit<CalendarFile, 'pageUrl' | 'host'>): Response {
  const text = calendarText({
    ...file,
    pageUrl: (slug) => absoluteUrl(paths.certification(slug)),
    host: calendarHost(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** The text of a calendar of retirements: one all-day event per date; apps read it again weekly. */
export function calendarText(file: CalendarFile): string {
  return icalendarText({
    productId: '-//Cert Compass//Certification dates//EN',
    name: file.name,
    description: file.description,
    stamp: file.today,
    // The site is rebuilt at least weekly (the deploy workflow's schedule).
    refreshDays: 7,
    events: file.dates.map((step) => certificationDateEvent(step, file.host, file.pageUrl(step.slug))),
  });
}
