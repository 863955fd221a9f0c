/**
 * Prices that depend on where the candidate lives: whether the provider prices the exam by country, and
 * the prices it states for particular countries (India, say), shown beside the United States price.
 */
import { z } from 'astro/zod';
import type { Money } from '../values/money';
import { parsedField } from './field';
import { checkMoney, moneyInput, parseMoney } from './money';
import { FieldProblem } from './problem';

/** A price the provider states for one country. */
export interface RegionalFee {
  country: string;
  price: Money;
}

/** Reads `{ India: "₹4,800" }`: country names with the price the provider states there. */
export function parseRegionalFees(value: Readonly<Record<string, string | z.input<typeof moneyInput>>>): RegionalFee[] {
  const entries = Object.entries(value);
  if (entries.length === 0) throw new FieldProblem('no country is listed');
  return entries.map(([country, price]) => {
    const name = country.trim();
    if (!/^\p{Lu}[\p{L} .'-]{1,59}$/u.test(name)) throw new FieldProblem(`"${country}" is not a country name`);
    return { country: name, price: typeof price === 'string' ? parseMoney(price) : checkMoney(price) };
  });
}

export const regionalFeesField = parsedField(
  {
    description:
      'Prices the provider itself states for particular countries, beside the fee (which is the United States ' +
      'price). Shown as they are, never converted.',
    expected: 'country names with an amount each, such as { India: "₹4,800" }',
    examples: ['regional_fees: { India: "₹4,800" }'],
  },
  z.record(z.string(), z.union([z.string(), moneyInput])),
  parseRegionalFees,
);

export const feeVariesByCountryField = parsedField(
  {
    description:
      'true when the provider prices the exam by country: the page then says that the fee is the United States ' +
      'price and that it varies.',
    expected: 'true or false',
    examples: ['fee_varies_by_country: true'],
  },
  z.boolean(),
  (value: boolean) => value,
);
