/**
 * Converting fees between currencies with the dated rates in `src/data/exchange-rates.json`: one
 * rate per currency, as units of that currency for one unit of the base currency (US dollars).
 * Used for fee bands, the fee sort, the second currency and the currency picker; never in place of
 * the official price. Plain data, safe in the browser.
 */
import rates from '../../data/exchange-rates.json' with { type: 'json' };
import { t } from '../../i18n/browser';
import { values } from '../../i18n/en/values';
import { formatApproximate, formatFee, formatMoney, type Fee, type Money } from './money';

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

/** A fee in US dollars (0 when free), for totals and budgets; undefined when its currency has no rate. */
export function feeInUsd(fee: Fee, exchange: ExchangeRates = EXCHANGE_RATES): number | undefined {
  return fee.kind === 'free' ? 0 : convert(fee.price, 'USD', exchange)?.amount;
}

/** A fee in US cents (0 when free), for bands and sorting; undefined when its currency has no rate. */
export function feeInUsdCents(fee: Fee, exchange: ExchangeRates = EXCHANGE_RATES): number | undefined {
  const usd = feeInUsd(fee, exchange);
  return usd === undefined ? undefined : Math.round(usd * 100);
}

/** Every currency the rates file can convert, by code: the choices of the currency pickers. */
export const CURRENCIES: readonly string[] = Object.keys(EXCHANGE_RATES.rates).sort();

/** An amount converted with the rates, as a second line says it: `≈ ₹26,550 (rates of 2026-12-02)`. */
export function convertedText(money: Money, exchange: ExchangeRates = EXCHANGE_RATES): string {
  return t(values.fees.converted, { amount: formatApproximate(money), date: exchange.date });
}

/** A fee in the site's second currency, and how the page says it. */
export interface SecondAmount {
  money: Money;
  /** `≈ ₹25,000` (the editor's own approximation) or `≈ ₹26,550 (rates of 2026-12-02)` (computed). */
  text: string;
  /** True when computed with the rates file rather than written by the editor. */
  computed: boolean;
}

/**
 * A fee in another currency, for showing next to the official price: the editor's approximation when
 * the file gives one in that currency, else a conversion with the rates, labelled with their date.
 * Nothing for a free exam, a price already in that currency, or a currency the rates cannot convert.
 */
export function inSecondCurrency(
  fee: Fee,
  currency: string,
  exchange: ExchangeRates = EXCHANGE_RATES,
): SecondAmount | undefined {
  if (fee.kind === 'free' || fee.price.currency === currency) return undefined;
  const written = fee.approx.find((money) => money.currency === currency);
  if (written)
    return { money: written, text: t(values.fees.approximately, { amount: formatMoney(written) }), computed: false };
  const converted = convert(fee.price, currency, exchange);
  if (!converted) return undefined;
  return { money: converted, text: convertedText(converted, exchange), computed: true };
}

/** A fee as the site shows it: the official price, and on its own line the same in a second currency. */
export interface FeeInTwoCurrencies {
  /** `Free`, `$300`, or the price with the editor's approximations in other currencies. */
  official: string;
  second?: SecondAmount;
}

/**
 * The fee in the provider's currency and approximately in `currency`: the editor's approximation in
 * that currency moves to the second line rather than being said twice.
 */
export function feeInTwoCurrencies(
  fee: Fee,
  currency: string,
  exchange: ExchangeRates = EXCHANGE_RATES,
): FeeInTwoCurrencies {
  const second = inSecondCurrency(fee, currency, exchange);
  if (!second || fee.kind === 'free') return { official: formatFee(fee) };
  const shown = second.computed ? fee : { ...fee, approx: fee.approx.filter((money) => money.currency !== currency) };
  return { official: formatFee(shown), second };
}
