/**
 * Converting fees between currencies with the dated rates in `src/data/exchange-rates.json`: one
 * rate per currency, as units of that currency for one unit of the base currency (US dollars).
 * Used for fee bands, the fee sort and the second currency; never in place of the official price.
 */
import rates from '../../data/exchange-rates.json';
import type { Fee } from '../fields/fee';
import type { Money } from '../fields/money';

/** The rates file as the site reads it. */
export interface ExchangeRates {
  /** ISO 4217 code every rate is relative to. */
  base: string;
  /** The day the rates were taken, `YYYY-MM-DD`. */
  date: string;
  /** Where they came from, in words. */
  source: string;
  /** Units of each currency for one unit of `base`. */
  rates: Readonly<Record<string, number>>;
}

/** Checks the rates file once, when the site is built, so a broken file fails with a clear message. */
export function checkedRates(value: unknown): ExchangeRates {
  const file = value as Partial<ExchangeRates> | null;
  const problems: string[] = [];
  if (typeof file?.base !== 'string') problems.push('"base" must be an ISO code such as "USD"');
  if (typeof file?.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(file.date))
    problems.push('"date" must be YYYY-MM-DD');
  if (typeof file?.source !== 'string' || file.source.trim() === '')
    problems.push('"source" must say where the rates come from');
  const entries = Object.entries(file?.rates ?? {});
  for (const [code, rate] of entries) {
    if (!/^[A-Z]{3}$/.test(code) || typeof rate !== 'number' || !(rate > 0))
      problems.push(`the rate of "${code}" is not a positive number`);
  }
  if (file?.base && file.rates?.[file.base] !== 1) problems.push(`the base currency ${file.base} must have the rate 1`);
  if (problems.length > 0) throw new Error(`src/data/exchange-rates.json: ${problems.join('; ')}`);
  return file as ExchangeRates;
}

/** The site's exchange rates. */
export const EXCHANGE_RATES: ExchangeRates = checkedRates(rates);

/** True when the rates file can convert this currency. */
export function canConvert(currency: string, exchange: ExchangeRates = EXCHANGE_RATES): boolean {
  return exchange.rates[currency] !== undefined;
}

/** An amount in another currency of the rates file, rounded to the cent; undefined when either currency is missing. */
export function convert(money: Money, currency: string, exchange: ExchangeRates = EXCHANGE_RATES): Money | undefined {
  const from = exchange.rates[money.currency];
  const to = exchange.rates[currency];
  if (from === undefined || to === undefined) return undefined;
  return { amount: Math.round((money.amount / from) * to * 100) / 100, currency };
}

/** A fee in US cents (0 when free), for bands and sorting; undefined when its currency has no rate. */
export function feeInUsdCents(fee: Fee, exchange: ExchangeRates = EXCHANGE_RATES): number | undefined {
  if (fee.kind === 'free') return 0;
  const usd = convert(fee.price, 'USD', exchange);
  return usd === undefined ? undefined : Math.round(usd.amount * 100);
}
