/** The exam fee: `Free`, one amount, or an amount with approximate conversions. */
import { checkMoney, formatMoney, parseMoney, type Money } from './money';
import { FieldProblem } from './problem';

export type Fee =
  | { kind: 'free' }
  | {
      kind: 'paid';
      price: Money;
      /** The same fee in other currencies, as the editor estimated it. */
      approx: Money[];
    };

/** The object form of the front matter: `{ amount, currency, approx?: [{ amount, currency }] }`. */
export interface FeeObject {
  amount: number;
  currency: string;
  approx?: Money[];
}

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

/** Reads the object form of a fee. */
export function feeFromObject(fee: FeeObject): Fee {
  return paidOrFree(checkMoney(fee), (fee.approx ?? []).map(checkMoney));
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

/** The fee as a short label: `Free`, `$300`, `$300 (≈ ₹25,000)`. */
export function formatFee(fee: Fee): string {
  if (fee.kind === 'free') return 'Free';
  const price = formatMoney(fee.price);
  if (fee.approx.length === 0) return price;
  return `${price} (≈ ${fee.approx.map(formatMoney).join(', ≈ ')})`;
}
