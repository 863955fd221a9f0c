/** Whether a certification can still be earned. */
import { FieldProblem } from './problem';

export const STATUSES = ['active', 'retiring', 'retired'] as const;

export type Status = (typeof STATUSES)[number];

/** Reads `active`, `retiring` or `retired` in any letter case. */
export function parseStatus(text: string): Status {
  const wanted = text.trim().toLowerCase();
  const status = STATUSES.find((candidate) => candidate === wanted);
  if (!status) throw new FieldProblem('not one of active, retiring, retired');
  return status;
}

/** A label for readers: `Active`, `Retiring`, `Retired`. */
export function formatStatus(status: Status): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}
