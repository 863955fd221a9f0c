/** Amounts of money: reading "$300", "USD 300", "300 EUR" or "₹25,000", and showing them back. */
import { z } from 'astro/zod';
import type { Money } from '../values/money';
import { FieldProblem } from './problem';

/** The currency symbols an editor may type, and the one currency each stands for on this site. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
};

/** ISO 4217 codes known to the JavaScript runtime (USD, EUR, GBP, INR, JPY, AUD, CAD ...). */
const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The object form of an amount in front matter: `{ amount: 300, currency: USD }`. */
export const moneyInput = z.strictObject({ amount: z.number(), currency: z.string() });

/** `25,000` or `19.99` or `300`: digits with optional `,` thousands groups and up to two decimals. */
const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const CURRENCY = String.raw`[A-Za-z]{3}|[$€£₹¥]`;
const CURRENCY_FIRST = String.raw`(?<before>${CURRENCY})\s*(?<amountAfter>${AMOUNT})`;
const AMOUNT_FIRST = String.raw`(?<amountBefore>${AMOUNT})\s*(?<after>${CURRENCY})`;
const MONEY_PATTERN = new RegExp(String.raw`^(?:${CURRENCY_FIRST}|${AMOUNT_FIRST})$`);

/** Reads a currency symbol or ISO code, in any letter case. */
export function parseCurrency(token: string): string {
  const symbolCode = CURRENCY_SYMBOLS[token];
  if (symbolCode) return symbolCode;
  const code = token.toUpperCase();
  if (!ISO_CURRENCY_CODES.has(code)) throw new FieldProblem(`"${token}" is not a currency code`);
  return code;
}

/** Reads one amount with its currency, the currency before or after the number. */
export function parseMoney(text: string): Money {
  const match = MONEY_PATTERN.exec(text.trim());
  if (!match?.groups) throw new FieldProblem(`"${text.trim()}" is not an amount with a currency symbol or code`);
  const { before, after, amountBefore, amountAfter } = match.groups;
  const amount = Number((amountAfter ?? amountBefore ?? '').replaceAll(',', ''));
  return { amount, currency: parseCurrency(before ?? after ?? '') };
}

/** Checks an amount given in the object form: a finite number, zero or more. */
export function checkMoney(money: z.input<typeof moneyInput>): Money {
  if (!Number.isFinite(money.amount) || money.amount < 0) {
    throw new FieldProblem(`the amount ${money.amount} is not zero or a positive number`);
  }
  return { amount: money.amount, currency: parseCurrency(money.currency) };
}
