/** How long a certification stays valid once earned. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';
import type { Validity } from '../values/validity';

/** What front matter may hold: the text form, or `{ years }`, `{ months }` or `{ lifetime: true }`. */
const validityInput = z.union([
  z.string(),
  z.strictObject({ years: z.number() }),
  z.strictObject({ months: z.number() }),
  z.strictObject({ lifetime: z.literal(true) }),
]);

type ValidityObject = Exclude<z.input<typeof validityInput>, string>;

const LIFETIME = /^(?:lifetime|no expiry|no expiration|does not expire|never expires)$/i;
const PERIOD = /^(?<count>\d+)\s*(?<unit>years?|months?)$/i;

/** Reads `3 years`, `1 year`, `24 months`, `Lifetime`, `No expiry` or `Does not expire`. */
export function parseValidity(text: string): Validity {
  const trimmed = text.trim();
  if (LIFETIME.test(trimmed)) return { kind: 'lifetime' };
  const groups = PERIOD.exec(trimmed)?.groups;
  if (!groups) throw new FieldProblem('not a number of years or months, nor Lifetime');
  const count = Number(groups.count);
  return validityFromObject(groups.unit?.toLowerCase().startsWith('year') ? { years: count } : { months: count });
}

/** Reads either form of the validity. */
export function parseValidityInput(value: z.input<typeof validityInput>): Validity {
  return typeof value === 'string' ? parseValidity(value) : validityFromObject(value);
}

function validityFromObject(object: ValidityObject): Validity {
  if ('lifetime' in object) return { kind: 'lifetime' };
  const [kind, count] = 'years' in object ? (['years', object.years] as const) : (['months', object.months] as const);
  if (!Number.isInteger(count) || count < 1)
    throw new FieldProblem(`the number of ${kind} must be a positive whole number`);
  return kind === 'years' ? { kind, years: count } : { kind, months: count };
}

export const validityField = parsedField(
  {
    description: 'How long the certification stays valid before it must be renewed.',
    expected:
      '"<N> years", "<N> months", Lifetime, No expiry or Does not expire; or { years }, { months }, { lifetime: true }',
    examples: ['validity: "3 years"', 'validity: Lifetime', 'validity: { months: 18 }'],
  },
  validityInput,
  parseValidityInput,
);
