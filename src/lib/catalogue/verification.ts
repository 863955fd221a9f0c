/** How fresh a certification's facts are: checked recently, long ago, or never. */
import { monthsBefore, type CalendarDate } from '../fields/calendar-date';

/** How old `last_verified` may be before pages say the facts may be outdated and the checker warns. */
export const VERIFICATION_MAX_AGE_MONTHS = 12;

export type Verification =
  { kind: 'recent'; date: CalendarDate } | { kind: 'old'; date: CalendarDate } | { kind: 'never' };

/** Whether facts last verified on `lastVerified` are still recent on `today`. */
export function verificationOf(lastVerified: CalendarDate | undefined, today: CalendarDate): Verification {
  if (!lastVerified) return { kind: 'never' };
  const oldest = monthsBefore(today, VERIFICATION_MAX_AGE_MONTHS);
  return lastVerified < oldest ? { kind: 'old', date: lastVerified } : { kind: 'recent', date: lastVerified };
}
