/** How fresh a certification's facts are: checked recently, long ago, or never. */
import { CHECK_AGE_OPTIONS } from '../browse/facets';
import { monthsBefore, type CalendarDate } from '../values/calendar-date';
import { messages, t } from '../../i18n';

/** How old `last_verified` may be before pages say the facts may be outdated and the checker warns. */
export const VERIFICATION_MAX_AGE_MONTHS = 12;

/** Checks younger than this count as fresh; between this and the maximum age, as ageing. */
export const FRESH_CHECK_MONTHS = 6;

export type Verification =
  { kind: 'recent'; date: CalendarDate } | { kind: 'old'; date: CalendarDate } | { kind: 'never' };

/** Whether facts last verified on `lastVerified` are still recent on `today`. */
export function verificationOf(lastVerified: CalendarDate | undefined, today: CalendarDate): Verification {
  if (!lastVerified) return { kind: 'never' };
  const oldest = monthsBefore(today, VERIFICATION_MAX_AGE_MONTHS);
  return lastVerified < oldest ? { kind: 'old', date: lastVerified } : { kind: 'recent', date: lastVerified };
}

/** The age of a check, as the browse facet names it: within 6 months, within 12 months, or older or never. */
export type CheckAge = (typeof CHECK_AGE_OPTIONS)[number]['slug'];

/** The age of the check of facts last verified on `lastVerified`, on `today`. */
export function checkAgeOf(lastVerified: CalendarDate | undefined, today: CalendarDate): CheckAge {
  const [fresh, ageing, older] = CHECK_AGE_OPTIONS;
  if (verificationOf(lastVerified, today).kind !== 'recent') return older.slug;
  return lastVerified! < monthsBefore(today, FRESH_CHECK_MONTHS) ? ageing.slug : fresh.slug;
}

/** What a card says of a certification's check: its age, and whether there was one. */
export function checkAgeText({
  checkAge: age,
  lastVerified,
}: {
  checkAge: CheckAge;
  lastVerified?: CalendarDate;
}): string {
  const words = messages.common.checkAge;
  if (age === 'within-6-months') return t(words.fresh, { months: FRESH_CHECK_MONTHS });
  if (age === 'within-12-months') return t(words.ageing, { from: FRESH_CHECK_MONTHS, to: VERIFICATION_MAX_AGE_MONTHS });
  return lastVerified ? t(words.old, { months: VERIFICATION_MAX_AGE_MONTHS }) : words.never;
}
