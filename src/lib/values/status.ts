/** Whether a certification can still be earned: the values and their labels, safe for the browser. */
import { values } from '../../i18n/en/values';

export const STATUSES = ['active', 'retiring', 'retired'] as const;

export type Status = (typeof STATUSES)[number];

/** A label for readers: `Active`, `Retiring`, `Retired`. */
export function formatStatus(status: Status): string {
  return values.status[status];
}
