/**
 * Calendar files a student can import or subscribe to (iCalendar, RFC 5545): the day a certification
 * retires and the last day to book its exam. One file per certification that has such a date, and one
 * for the catalogue. An event's UID is the certification's slug and what the date is, the same in
 * both files, so a calendar app that imports both, or re-reads either after a change, replaces the
 * event rather than adding a second one.
 */
import { formats } from '../../i18n/browser';
import type { Certification } from '../catalogue/catalogue';
import { formatCalendarDate, monthsBefore, onCalendarDate, type CalendarDate } from '../fields/calendar-date';
import { DATE_NOT_GIVEN } from '../fields/retirement-date';
import { absoluteUrl, paths } from './routes';
import { messages, t } from '../../i18n';

const m = messages.certification.calendar;

/** A dated step in a certification's retirement. */
export interface CertificationDate {
  slug: string;
  title: string;
  provider: string;
  what: 'retirement' | 'last-booking';
  /** A day, or a month (`YYYY-MM`) when the provider gives no day. */
  date: CalendarDate;
}

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

/** `Last day to book: <title>` or `Retirement: <title>`, as a calendar event's title and a list's line say it. */
export function dateSummary(step: CertificationDate): string {
  return t(step.what === 'last-booking' ? m.lastBookingSummary : m.retirementSummary, { title: step.title });
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

/** A calendar file of this site as an endpoint's response: events link its pages, UIDs carry its host. */
export function calendarResponse(file: Omit<CalendarFile, 'pageUrl' | 'host'>): Response {
  const text = calendarText({
    ...file,
    pageUrl: (slug) => absoluteUrl(paths.certification(slug)),
    host: new URL(absoluteUrl(paths.home())).hostname,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}

const ENCODER = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const character of line) {
    const size = ENCODER.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const compact = (date: CalendarDate) => date.replaceAll('-', '');

/** The day after `date`, or the first day of the month after a month: an all-day event's exclusive end. */
function endOf(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  const end = day === undefined ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month - 1, day + 1));
  return end.toISOString().slice(0, 10);
}

function eventLines(step: CertificationDate, file: CalendarFile): string[] {
  const month = step.date.length === 7;
  const start = month ? `${step.date}-01` : step.date;
  const { title, provider } = step;
  const when = month ? t(m.duringMonth, { month: formatCalendarDate(step.date) }) : onCalendarDate(step.date);
  const description =
    step.what === 'last-booking'
      ? t(m.lastBookingDescription, { title, provider, date: formatCalendarDate(step.date) })
      : t(m.retirementDescription, { title, provider, when });
  return [
    'BEGIN:VEVENT',
    `UID:${step.slug}.${step.what}@${file.host}`,
    `DTSTAMP:${compact(file.today)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(start)}`,
    `DTEND;VALUE=DATE:${compact(endOf(step.date))}`,
    `SUMMARY:${text(dateSummary(step))}`,
    `DESCRIPTION:${text(description)}`,
    `URL:${file.pageUrl(step.slug)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The text of an iCalendar file: CRLF line ends, folded lines, one all-day event per date. */
export function calendarText(file: CalendarFile): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cert Compass//Certification dates//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text(file.name)}`,
    `X-WR-CALNAME:${text(file.name)}`,
    `DESCRIPTION:${text(file.description)}`,
    // The site is rebuilt at least weekly (the deploy workflow's schedule).
    'REFRESH-INTERVAL;VALUE=DURATION:P7D',
    'X-PUBLISHED-TTL:P7D',
    ...file.dates.flatMap((step) => eventLines(step, file)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
