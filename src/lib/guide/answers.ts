/**
 * The guide's answers, kept in the page's address so a result can be shared: read from it defensively
 * (anything the index does not know is dropped, never shown as markup) and written back in a fixed order.
 * Safe in the browser.
 */
import { canConvert, EXCHANGE_RATES, type ExchangeRates } from '../values/exchange';
import type { Money } from '../values/money';
import type { GuideIndex } from './guide-index';

/** Where the student is: new to the field, some experience, or years of it. */
export const STAGES = ['new', 'some', 'experienced'] as const;
export type Stage = (typeof STAGES)[number];

export interface GuideAnswers {
  role: string;
  stage: Stage;
  /** The certifications the student holds, by slug. */
  held: string[];
  /** The most the student will spend on one certification. */
  budget?: Money;
  /** One route only: a provider's slug or `vendor-neutral`; none for any. */
  provider?: string;
  /** The exam language the student needs. */
  language?: string;
  hoursPerWeek?: number;
}

/** The most a week holds. */
export const MAX_HOURS_PER_WEEK = 80;
const MAX_BUDGET = 10_000_000;
/** The currency of a budget given without one. */
export const DEFAULT_BUDGET_CURRENCY = 'USD';

/** A positive number from the address, within `max`; none otherwise. */
function positive(text: string | null, max: number): number | undefined {
  if (text === null || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value > 0 && value <= max ? value : undefined;
}

/**
 * The answers in an address's query, checked against the index: none without a role the index knows.
 * Held certifications may come as `held=a&held=b` (the form) or `held=a,b`.
 */
export function readAnswers(
  params: URLSearchParams,
  index: GuideIndex,
  rates: ExchangeRates = EXCHANGE_RATES,
): GuideAnswers | undefined {
  const role = index.roles.find(({ id }) => id === params.get('role'));
  if (!role) return undefined;
  const stage = STAGES.find((known) => known === params.get('stage')) ?? 'new';
  const held = [...new Set(params.getAll('held').flatMap((value) => value.split(',')))].filter((slug) =>
    Object.hasOwn(index.certifications, slug),
  );
  const amount = positive(params.get('budget'), MAX_BUDGET) ?? (params.get('budget')?.trim() === '0' ? 0 : undefined);
  const currency = params.get('currency') ?? DEFAULT_BUDGET_CURRENCY;
  const provider = role.routes.find(({ id }) => id === params.get('provider'))?.id;
  const language = index.languages.find((known) => known === params.get('language'));
  const hoursPerWeek = positive(params.get('hours'), MAX_HOURS_PER_WEEK);
  return {
    role: role.id,
    stage,
    held,
    ...(amount !== undefined && canConvert(currency, rates) && { budget: { amount, currency } }),
    ...(provider && { provider }),
    ...(language && { language }),
    ...(hoursPerWeek && { hoursPerWeek }),
  };
}

/** The answers as a query string (`?role=…`), in a fixed order, leaving out what was not given. */
export function answersQuery(answers: GuideAnswers): string {
  const params = new URLSearchParams({ role: answers.role, stage: answers.stage });
  for (const slug of answers.held) params.append('held', slug);
  if (answers.budget) {
    params.set('budget', String(answers.budget.amount));
    params.set('currency', answers.budget.currency);
  }
  if (answers.provider) params.set('provider', answers.provider);
  if (answers.language) params.set('language', answers.language);
  if (answers.hoursPerWeek) params.set('hours', String(answers.hoursPerWeek));
  return `?${params}`;
}
