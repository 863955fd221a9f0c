/**
 * A plan as a calendar file (iCalendar, RFC 5545) the student downloads: the day each passed
 * certification falls due for renewal (the day passed plus its validity), and the last day to book and
 * the retirement of each planning or preparing one, from today on, each with a reminder. UIDs come from
 * the slug and what the date is, never from the date, so importing the file again after a change
 * replaces its events; a retirement's UID is the one the site's own calendars give it.
 */
import { t } from '../../i18n/browser';
import { myPlan } from '../../i18n/en/my-plan';
import { icalendarText, type CalendarEvent } from '../text/icalendar';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import { certificationDateEvent, type CertificationDate } from '../values/certification-dates';
import { formatFee } from '../values/money';
import { formatValidity } from '../values/validity';
import { expiryOf, retirementOf, type Planned } from './summary';

/** How many days before a renewal falls due the calendar reminds: time to gather what renewing asks. */
export const RENEWAL_REMINDER_DAYS = 90;

/** How many days before a retirement or the last day to book the calendar reminds. */
export const RETIREMENT_REMINDER_DAYS = 30;

/** The renewal of a passed certification, when it falls due on a day from `today` on. */
function renewalEvent(item: Planned, today: CalendarDate, host: string): CalendarEvent | undefined {
  const { entry, certification } = item;
  if (entry.status !== 'passed' || !certification.validity) return undefined;
  const expiry = expiryOf(certification, entry.passedOn, today);
  if (expiry.kind !== 'on' || expiry.past) return undefined;
  const { title, provider, renewalFee } = certification;
  const words = myPlan.calendar;
  const fee = renewalFee ? t(words.renewalFee, { fee: formatFee(renewalFee) }) : '';
  const description = t(words.renewalDescription, {
    title,
    provider: provider.name,
    date: formatCalendarDate(expiry.date),
    validity: formatValidity(certification.validity),
    passedOn: formatCalendarDate(entry.passedOn),
  });
  return {
    uid: `${certification.slug}.renewal@${host}`,
    date: expiry.date,
    summary: t(words.renewalSummary, { title }),
    description: `${description}${fee}`,
    url: certification.url,
    remindDaysBefore: RENEWAL_REMINDER_DAYS,
  };
}

/** The last day to book and the retirement of a planning or preparing certification, from `today` on. */
function retirementEvents(item: Planned, today: CalendarDate, host: string): CalendarEvent[] {
  const { entry, certification } = item;
  const retirement = retirementOf(certification);
  if (entry.status === 'passed' || !retirement) return [];
  const step = { slug: certification.slug, title: certification.title, provider: certification.provider.name };
  const steps: CertificationDate[] = [];
  if (retirement.lastBookingDate) steps.push({ ...step, what: 'last-booking', date: retirement.lastBookingDate });
  if (retirement.date) steps.push({ ...step, what: 'retirement', date: retirement.date });
  // A month (`YYYY-MM`) is still ahead while today is in it.
  return steps
    .filter(({ date }) => date >= today.slice(0, date.length))
    .map((dated) => certificationDateEvent(dated, host, certification.url, RETIREMENT_REMINDER_DAYS));
}

/** Every event of a plan from `today` on, soonest first; `host` is the site's, for the UIDs. */
export function planEvents(planned: readonly Planned[], today: CalendarDate, host: string): CalendarEvent[] {
  return planned
    .flatMap((item) => [renewalEvent(item, today, host), ...retirementEvents(item, today, host)])
    .filter((event) => event !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** The text of the plan's calendar file, made on `today`. */
export function planCalendarText(planned: readonly Planned[], today: CalendarDate, host: string): string {
  return icalendarText({
    productId: '-//Cert Compass//My plan//EN',
    name: myPlan.calendar.name,
    description: myPlan.calendar.description,
    stamp: today,
    events: planEvents(planned, today, host),
  });
}
