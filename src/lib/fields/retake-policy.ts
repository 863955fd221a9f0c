/** What happens after a failed attempt: how long to wait before trying again, and the provider's rules. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';
import { tp } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

export interface RetakePolicy {
  /** Days to wait after a failed attempt before the next one. */
  waitingDays?: number;
  notes?: string;
}

/** What front matter may hold: a sentence, or `{ waiting_days, notes }`. */
const retakePolicyInput = z.union([
  z.string(),
  z.strictObject({ waiting_days: z.number().optional(), notes: z.string().optional() }),
]);

const WAITING = /(?<days>\d+)[\s-]*(?:calendar\s+)?days?\b/i;

/** Reads a retake policy; a sentence keeps its words, and its first "N days" becomes the waiting period. */
export function parseRetakePolicy(value: z.input<typeof retakePolicyInput>): RetakePolicy {
  if (typeof value === 'string') {
    const notes = value.trim();
    if (!notes) throw new FieldProblem('the retake policy is empty');
    const days = WAITING.exec(notes)?.groups?.days;
    return { ...(days !== undefined && { waitingDays: Number(days) }), notes };
  }
  if (value.waiting_days !== undefined && (!Number.isInteger(value.waiting_days) || value.waiting_days < 0)) {
    throw new FieldProblem('waiting_days must be a whole number of days, 0 or more');
  }
  const notes = value.notes?.trim();
  if (value.waiting_days === undefined && !notes) throw new FieldProblem('give waiting_days, notes or both');
  return { ...(value.waiting_days !== undefined && { waitingDays: value.waiting_days }), ...(notes && { notes }) };
}

/** `Wait 14 days after a failed attempt. <notes>`; only the notes when they say how long already. */
export function formatRetakePolicy(policy: RetakePolicy): string {
  if (policy.notes && WAITING.test(policy.notes)) return policy.notes;
  const wait =
    policy.waitingDays === undefined
      ? ''
      : policy.waitingDays === 0
        ? values.retake.noWait
        : tp(values.retake.wait, policy.waitingDays);
  return [wait, policy.notes ?? ''].filter(Boolean).join(' ');
}

export const retakePolicyField = parsedField(
  {
    description: 'What happens after a failed attempt: how long to wait, and any limit on attempts.',
    expected: 'a sentence such as "14 days after a failed attempt", or { waiting_days, notes }',
    examples: [
      'retake_policy: "Wait 14 days after a failed attempt; no limit on attempts."',
      'retake_policy: { waiting_days: 14, notes: "Each retake costs the full fee." }',
    ],
  },
  retakePolicyInput,
  parseRetakePolicy,
);
