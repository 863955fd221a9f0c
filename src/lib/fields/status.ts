/** Whether a certification can still be earned. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';
import { STATUSES, type Status } from '../values/status';

/** Reads `active`, `retiring` or `retired` in any letter case. */
export function parseStatus(text: string): Status {
  const wanted = text.trim().toLowerCase();
  const status = STATUSES.find((candidate) => candidate === wanted);
  if (!status) throw new FieldProblem(`not one of ${STATUSES.join(', ')}`);
  return status;
}

export const statusField = parsedField(
  {
    description: 'Whether the certification can still be earned. Defaults to active.',
    expected: `one of ${STATUSES.join(', ')}`,
    examples: ['status: retiring'],
  },
  z.string(),
  parseStatus,
);
