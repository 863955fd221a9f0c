/**
 * Writing iCalendar files (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets,
 * text escaped, an optional reminder (a VALARM) before each event. Plain text, safe in the browser: the
 * site's calendars of retirements and a student's plan are written with this one writer. An event's UID
 * is given by its caller, built from what the event is about rather than when, so a calendar app that
 * reads a file again replaces the event instead of adding a second one.
 */

/** One all-day event. */
export interface CalendarEvent {
  /** Unique worldwide and stable: `<slug>.<what>@<host>`. */
  uid: string;
  /** A day (`YYYY-MM-DD`), or a month (`YYYY-MM`): then the event lasts the whole month. */
  date: string;
  summary: string;
  description: string;
  url: string;
  /** How many days before the event a calendar app reminds; no reminder when left out. */
  remindDaysBefore?: number;
}

/** A calendar file: its name, what it holds, and its events. */
export interface CalendarContent {
  /** The file's PRODID, who made it: `-//Cert Compass//Certification dates//EN`. */
  productId: string;
  name: string;
  description: string;
  /** The day the file was made (`YYYY-MM-DD`): every event's DTSTAMP. */
  stamp: string;
  /** For a calendar people subscribe to: how often an app should read it again, in days. */
  refreshDays?: number;
  events: readonly CalendarEvent[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escaped(value: string): string {
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

const compact = (date: string) => date.replaceAll('-', '');

/** The day after `date`, or the first day of the month after a month: an all-day event's exclusive end. */
function endOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  const end = day === undefined ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month - 1, day + 1));
  return end.toISOString().slice(0, 10);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const start = event.date.length === 7 ? `${event.date}-01` : event.date;
  const reminder =
    event.remindDaysBefore === undefined
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escaped(event.summary)}`,
          `TRIGGER:-P${event.remindDaysBefore}D`,
          'END:VALARM',
        ];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compact(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(start)}`,
    `DTEND;VALUE=DATE:${compact(endOf(event.date))}`,
    `SUMMARY:${escaped(event.summary)}`,
    `DESCRIPTION:${escaped(event.description)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    ...reminder,
    'END:VEVENT',
  ];
}

/** The text of an iCalendar file: CRLF line ends, folded lines, one all-day event per entry. */
export function icalendarText(calendar: CalendarContent): string {
  const refresh =
    calendar.refreshDays === undefined
      ? []
      : [`REFRESH-INTERVAL;VALUE=DURATION:P${calendar.refreshDays}D`, `X-PUBLISHED-TTL:P${calendar.refreshDays}D`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escaped(calendar.name)}`,
    `X-WR-CALNAME:${escaped(calendar.name)}`,
    `DESCRIPTION:${escaped(calendar.description)}`,
    ...refresh,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
