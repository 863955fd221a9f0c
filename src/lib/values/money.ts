/**
 * Amounts of money and fees as the site holds them, and how they are shown. Plain data and `Intl`,
 * safe in the browser: the compare page and the currency picker format with these same functions.
 */

import { formats, t } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

/** An amount; `currency` is an ISO 4217 code, upper case. */
export interface Money {
  amount: number;
  currency: string;
}

/** An exam fee: free, or a price with the editor's approximate conversions into other currencies. */
export type Fee =
  | { kind: 'free' }
  | {
      kind: 'paid';
      price: Money;
      /** The same fee in other currencies, as the editor estimated it. */
      approx: Money[];
    };

/**
 * A currency formatter with a fixed number of decimals (the currency's own when not given), made once:
 * building an `Intl.NumberFormat` costs far more than using one, and a build formats tens of thousands
 * of fees.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function currencyFormat(currency: string, digits?: number): Intl.NumberFormat {
  const key = `${currency}:${digits ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(formats.numbers, {
      style: 'currency',
      currency,
      ...(digits !== undefined && { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    });
    formatters.set(key, format);
  }
  return format;
}

/** Shows an amount the way a reader expects it: `$300`, `₹25,000`, `$19.99`, `CA$150`. */
export function formatMoney(money: Money): string {
  return currencyFormat(money.currency, Number.isInteger(money.amount) ? 0 : 2).format(money.amount);
}

/**
 * Shows an approximate amount without false precision: whole units from 10 up (`₹26,550`), else the
 * currency's own minor digits (`$4.99`, `¥500`; yen have none).
 */
export function formatApproximate(money: Money): string {
  const digits = money.amount >= 10 ? 0 : (currencyFormat(money.currency).resolvedOptions().maximumFractionDigits ?? 2);
  return currencyFormat(money.currency, digits).format(money.amount);
}

/** The fee as a short label: `Free`, `$300`, `$300 (≈ ₹25,000)`. */
export function formatFee(fee: Fee): string {
  if (fee.kind === 'free') return values.fees.free;
  const price = formatMoney(fee.price);
  if (fee.approx.length === 0) return price;
  const approx = fee.approx.map((money) => t(values.fees.approximately, { amount: formatMoney(money) }));
  return `${price} (${approx.join(', ')})`;
}
