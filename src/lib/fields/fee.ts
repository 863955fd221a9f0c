/** The exam fee: `Free`, one amount, or an amount with approximate conversions. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import type { Fee, Money } from '../values/money';
import { checkMoney, moneyInput, parseMoney } from './money';
import { FieldProblem } from './problem';

/** What front matter may hold: the text form, or `{ amount, currency, approx?: [{ amount, currency }] }`. */
export const feeInput = z.union([
  z.string(),
  z.strictObject({ amount: z.number(), currency: z.string(), approx: z.array(moneyInput).optional() }),
]);

/** `$300 (approx ₹25,000)` or `$300 (~₹25,000)`: the price and its conversion. */
const WITH_APPROX = /^(?<price>[^()]+?)\s*\(\s*(?:approximately|approx\.?|~|≈)\s*(?<approx>[^()]+?)\s*\)$/i;

/** Reads a fee written by an editor. */
export function parseFee(text: string): Fee {
  const trimmed = text.trim();
  if (/^free$/i.test(trimmed)) return { kind: 'free' };
  const withApprox = WITH_APPROX.exec(trimmed);
  const priceText = withApprox?.groups?.price ?? trimmed;
  const price = parseMoney(priceText);
  const approx = withApprox?.groups?.approx ? [parseMoney(withApprox.groups.approx)] : [];
  return paidOrFree(price, approx);
}

/** Reads either form of a fee. */
export function parseFeeInput(value: z.input<typeof feeInput>): Fee {
  if (typeof value === 'string') return parseFee(value);
  return paidOrFree(checkMoney(value), (value.approx ?? []).map(checkMoney));
}

function paidOrFree(price: Money, approx: Money[]): Fee {
  if (price.amount === 0) {
    if (approx.length > 0) throw new FieldProblem('a free exam has no approximate amount');
    return { kind: 'free' };
  }
  if (approx.some((other) => other.currency === price.currency)) {
    throw new FieldProblem('the approximate amount must be in another currency than the price');
  }
  return { kind: 'paid', price, approx };
}

export const feeField = parsedField(
  {
    description:
      'What one exam attempt costs. A second amount in brackets is an approximate conversion into another currency.',
    expected: 'Free, or an amount such as "$300", "USD 300" or "$300 (approx ₹25,000)"',
    accepted:
      'Free, or an amount with a currency symbol ($ € £ ₹ ¥) or ISO code before or after it ("$300", "USD 300", ' +
      '"300 EUR", "$19.99"), optionally followed by "(approx ₹25,000)" or "(~₹25,000)"; ' +
      'or { amount, currency, approx: [{ amount, currency }] }. Every currency needs a rate in ' +
      'src/data/exchange-rates.json',
    examples: ['fee: "$300 (approx ₹25,000)"', 'fee: Free', 'fee: "150 EUR"', 'fee: { amount: 200, currency: USD }'],
  },
  feeInput,
  parseFeeInput,
);
