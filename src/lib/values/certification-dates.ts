/**
 * The dated steps of a certification's retirement (the last day to book its exam, the day it retires)
 * as calendar events, in the words of the `calendar` messages. Safe in the browser: the site's calendar
 * files and a student's plan write the same event for the same step, with the same UID, so importing
 * both replaces one with the other.
 */
import { t } from '../../i18n/browser';
import { calendar } from '../../i18n/en/calendar';
import type { CalendarEvent } from '../text/icalendar';
import { formatCalendarDate, onCalendarDate, type CalendarDate } from './calendar-date';

/** A dated step in a certification's retirement. */
export interface CertificationDate {
  slug: string;
  title: string;
  provider: string;
  what: 'retirement' | 'last-booking';
  /** A day, or a month (`YYYY-MM`) when the provider gives no day. */
  date: CalendarDate;
}

/** `Last day to book: <title>` or `Retirement: <title>`, as a calendar event's title and a list's line say it. */
export function dateSummary(step: CertificationDate): string {
  return t(step.what === 'last-booking' ? calendar.lastBookingSummary : calendar.retirementSummary, {
    title: step.title,
  });
}

/**
 * The event of a step: its UID is the slug and what the date is, at `host` (the site's, which makes it
 * unique worldwide); it links `pageUrl`, the certification's page.
 */
export function certificationDateEvent(
  step: CertificationDate,
  host: string,
  pageUrl: string,
  remindDaysBefore?: number,
): CalendarEvent {
  const { title, provider } = step;
  const month = step.date.length === 7;
  const when = month ? t(calendar.duringMonth, { month: formatCalendarDate(step.date) }) : onCalendarDate(step.date);
  const description =
    step.what === 'last-booking'
      ? t(calendar.lastBookingDescription, { title, provider, date: formatCalendarDate(step.date) })
      : t(calendar.retirementDescription, { title, provider, when });
  return {
    uid: `${step.slug}.${step.what}@${host}`,
    date: step.date,
    summary: dateSummary(step),
    description,
    url: pageUrl,
    ...(remindDaysBefore !== undefined && { remindDaysBefore }),
  };
}
