/** Exam lengths as a reader takes them in. Safe in the browser (the compare page totals them). */

/** `45 min`, `3 h`, `2 h 30 min`: compact, for cards. */
export function formatDurationShort(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** `45 minutes`, `180 minutes (3 h)`, `150 minutes (2 h 30 min)`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  return `${minutes} minutes (${formatDurationShort(minutes)})`;
}
