/** The last day the provider lets candidates book (schedule) the exam before it retires. */
import { dateField } from './calendar-date';

export const lastBookingDateField = dateField({
  description:
    'For a retiring or retired certification, when the provider gives one: the last day to book (schedule) the ' +
    'exam. It is on or before the retirement date.',
  expected: 'a date written YYYY-MM-DD',
  examples: ['last_booking_date: 2026-03-15'],
});
