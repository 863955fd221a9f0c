/** Exam lengths as a reader takes them in. Safe in the browser (the compare page totals them). */
import { t, tp } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

const words = values.duration;

/** `45 min`, `3 h`, `2 h 30 min`: compact, for cards. */
export function formatDurationShort(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t(words.minutesShort, { minutes: String(rest) });
  return rest
    ? t(words.hoursAndMinutesShort, { hours: String(hours), minutes: String(rest) })
    : t(words.hoursShort, { hours: String(hours) });
}

/** Whole weeks to study `hours` at `perWeek` hours a week, the last one counted even when it is short. */
export function weeksAt(hours: number, perWeek: number): number {
  return Math.ceil(hours / perWeek);
}

/** Hours of preparation: `1 hour`, `35 hours`, `1,500 hours`. */
export function formatHours(hours: number): string {
  return tp(words.hours, hours);
}

/** `45 minutes`, `180 minutes (3 h)`, `150 minutes (2 h 30 min)`. */
export function formatDuration(minutes: number): string {
  // Written as the editor counts them, without a thousands separator: `2340 minutes`.
  const inMinutes = tp(words.minutes, minutes, { count: String(minutes) });
  if (minutes < 60) return inMinutes;
  return t(words.minutesWithShort, { minutes: inMinutes, short: formatDurationShort(minutes) });
}
