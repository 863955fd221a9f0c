/**
 * calendar: the calendar files of retirements (a certification's `dates.ics`, the catalogue's
 * `retirements.ics`) and the retirement events of a student's plan, which its script writes.
 */
export const calendar = {
  /** A certification's calendar file, and the link to it. */
  name: '{title}: dates',
  description: 'When {title} ({provider}) retires, and the last day to book its exam.',
  /** An event's title. */
  lastBookingSummary: 'Last day to book: {title}',
  retirementSummary: 'Retirement: {title}',
  lastBookingDescription: 'The last day to book the exam of {title} ({provider}) is {date}.',
  /** `{when}` is `on 31 March 2026`, or a month as `duringMonth` says it. */
  retirementDescription: '{title} ({provider}) is retired {when}. Check the official page before you book.',
  duringMonth: 'during {month} (the provider gives no day)',
} as const;
