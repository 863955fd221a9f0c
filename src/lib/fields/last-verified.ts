/** The day an editor last checked the facts against the official link. */
import { dateField } from './calendar-date';

export const lastVerifiedField = dateField({
  description: 'The day an editor last checked these facts against the official link.',
  expected: 'a date written YYYY-MM-DD, not in the future',
  examples: ['last_verified: 2026-06-13'],
  fillInWhenMissing: true,
});
