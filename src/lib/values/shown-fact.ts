/**
 * A fact as the browser receives it, and the one way any page shows its value in a picked currency.
 * The build computes every fact's label and text once (src/lib/site/facts.ts); the browser never
 * formats, labels or pluralises a fact itself, it only redraws a fee in the currency the student
 * picked, from the fee the fact carries. Cards, the facts panel, the comparison and the plan all call
 * `shownIn`, so a fee reads the same wherever it is shown.
 */
import { feeInTwoCurrencies, type ExchangeRates } from './exchange';
import type { Fee } from './money';

/** One fact: its label, its value as text, and the fee the value shows, if it is a fee. */
export interface ShownFact {
  id: string;
  term: string;
  /** The value as the build shows it (the fee with the site's second currency, when it is a fee). */
  text: string;
  /** A second line under the value: the fee in the site's second currency. */
  secondary?: string;
  /** The fee the value shows, for showing it in another currency. */
  fee?: Fee;
  /** Words after the price in the text: ` for 2 exams`, ` (United States)`. */
  feeSuffix?: string;
}

/** A fact's value and second line with its fee shown for `currency`; any other fact as it is. */
export function shownIn(
  fact: ShownFact,
  currency: string,
  exchange?: ExchangeRates,
): { text: string; secondary?: string } {
  if (!fact.fee) return { text: fact.text, ...(fact.secondary && { secondary: fact.secondary }) };
  const shown = feeInTwoCurrencies(fact.fee, currency, exchange);
  return { text: `${shown.official}${fact.feeSuffix ?? ''}`, ...(shown.second && { secondary: shown.second.text }) };
}

/** What a certification's card shows, computed by the build: the same for cards built and drawn in the browser. */
export interface CardView {
  slug: string;
  url: string;
  title: string;
  provider: string;
  level: string;
  levelSlug: string;
  /** Shown when not active: `Retiring`, `Retired`. */
  status?: string;
  /** Shown when not a certification: `Paper`, `Qualification`, `Course certificate`. */
  kind?: string;
  /** The facts a card shows, with their card labels. */
  facts: ShownFact[];
  /** How long ago the facts were checked against the official page: `Checked within 6 months`. */
  checked: string;
}
