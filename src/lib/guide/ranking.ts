/**
 * "Which certification next?": a shortlist of at most five certifications on the routes to a role,
 * ranked for where the student is, each with the reasons drawn from the data. Hard limits first (never a
 * retired certification, one the student holds or is past, one over the budget or not offered in the
 * student's language), then a score: how well the level fits the student's stage, whether it builds on
 * what they hold, and how much of its route comes before it. Safe in the browser: the guide page runs it.
 */
import { guide } from '../../i18n/en/guide';
import { t, tp } from '../../i18n/browser';
import { formatHours, weeksAt } from '../values/duration';
import { convert, EXCHANGE_RATES, feeInUsd, type ExchangeRates } from '../values/exchange';
import { type Level } from '../values/levels';
import { formatApproximate, formatFee, type Money } from '../values/money';
import type { GuideCertification, GuideIndex, GuideRole, GuideRoute } from './guide-index';
import type { GuideAnswers, Stage } from './answers';

/** The most suggestions the guide gives. */
export const MAX_SUGGESTIONS = 5;

export interface Suggestion {
  certification: GuideCertification;
  route: GuideRoute;
  /** Why, from the data: its level, its fee, its language, where it stands on its route, its preparation. */
  reasons: string[];
  score: number;
}

/** How many certifications of the role's routes each limit left out. */
export interface LeftOut {
  held: number;
  provider: number;
  budget: number;
  /** No fixed fee, while the student set a budget. */
  noFee: number;
  language: number;
  /** The file lists no languages, while the student picked one. */
  noLanguage: number;
}

export interface GuideResult {
  role: GuideRole;
  suggestions: Suggestion[];
  left: LeftOut;
}

/** How well each level fits each stage: the higher, the better. */
const LEVEL_FIT: Record<Stage, Record<Level, number>> = {
  new: { Beginner: 4, Intermediate: 1, Advanced: -2, Expert: -4 },
  some: { Beginner: 1, Intermediate: 4, Advanced: 2, Expert: -1 },
  experienced: { Beginner: -1, Intermediate: 2, Advanced: 4, Expert: 3 },
};
/** Per step of its route that comes before it and that the student does not hold. */
const NOT_READY = 1.5;
/** Building on a certification the student holds. */
const BUILDS_ON_HELD = 2;

/** The fee in US dollars; 0 when free, none when it has no fixed price or its currency no rate. */
const usd = (fee: GuideCertification['fee'], rates: ExchangeRates) => fee && feeInUsd(fee, rates);

/** `Free`, `$300`, `$300 (≈ ₹26,550)` in the student's currency. */
function feeText(fee: NonNullable<GuideCertification['fee']>, currency: string | undefined, rates: ExchangeRates) {
  const official = formatFee(fee.kind === 'free' ? fee : { ...fee, approx: [] });
  if (fee.kind === 'free' || !currency || fee.price.currency === currency) return official;
  const converted = convert(fee.price, currency, rates);
  return converted ? t(guide.reasons.feeIn, { fee: official, converted: formatApproximate(converted) }) : official;
}

/** The reasons for one suggestion, each a fact of the data. */
function reasonsFor(
  certification: GuideCertification,
  route: GuideRoute,
  answers: GuideAnswers,
  index: GuideIndex,
  rates: ExchangeRates,
): string[] {
  const m = guide.reasons;
  const reasons: string[] = [certification.level];
  reasons.push(certification.fee ? feeText(certification.fee, answers.budget?.currency, rates) : m.feeNotListed);
  if (answers.language) reasons.push(t(m.language, { language: answers.language }));
  const held = certification.comesAfter.filter((slug) => answers.held.includes(slug));
  if (held.length > 0) reasons.push(t(m.buildsOnHeld, { title: index.certifications[held[0]!]!.title }));
  const at = route.steps.indexOf(certification.slug);
  // Next: the first later step that builds on it, else the next one of the route.
  const later = route.steps.slice(at + 1).filter((slug) => !answers.held.includes(slug));
  const next = later.find((slug) => index.certifications[slug]?.comesAfter.includes(certification.slug)) ?? later[0];
  if (route.steps.length === 1) reasons.push(t(m.onlyStep, { route: route.name }));
  else if (at === 0) reasons.push(t(m.firstStep, { route: route.name }));
  if (next) reasons.push(t(m.leadsTo, { next: index.certifications[next]!.title, route: route.name }));
  else if (route.steps.length > 1) reasons.push(t(m.lastStep, { route: route.name }));
  const missing = notHeldBefore(certification, route, answers.held).length;
  if (missing > 0) reasons.push(tp(m.notReady, missing));
  if (certification.studyHours !== undefined) {
    const hours = formatHours(certification.studyHours);
    reasons.push(
      answers.hoursPerWeek
        ? tp(m.hoursAtPace, weeksAt(certification.studyHours, answers.hoursPerWeek), {
            hours,
            perWeek: answers.hoursPerWeek,
          })
        : t(m.hours, { hours }),
    );
  }
  return reasons;
}

/** The steps of its route that come before it and that the student does not hold. */
function notHeldBefore(certification: GuideCertification, route: GuideRoute, held: readonly string[]): string[] {
  return certification.comesAfter.filter((slug) => route.steps.includes(slug) && !held.includes(slug));
}

/** The shortlist for the answers; none when the role is not one of the index. */
export function rankCertifications(
  index: GuideIndex,
  answers: GuideAnswers,
  rates: ExchangeRates = EXCHANGE_RATES,
): GuideResult | undefined {
  const role = index.roles.find(({ id }) => id === answers.role);
  if (!role) return undefined;
  const left: LeftOut = { held: 0, provider: 0, budget: 0, noFee: 0, language: 0, noLanguage: 0 };
  const held = new Set(answers.held);
  // What the student holds puts the steps it comes after behind them too.
  const past = new Set(answers.held.flatMap((slug) => index.certifications[slug]?.comesAfter ?? []));
  const budget: Money | undefined = answers.budget && convert(answers.budget, 'USD', rates);
  const seen = new Set<string>();
  const candidates: Suggestion[] = [];
  for (const route of role.routes) {
    for (const slug of route.steps) {
      const certification = index.certifications[slug];
      if (!certification || seen.has(slug)) continue;
      seen.add(slug);
      if (held.has(slug) || past.has(slug)) left.held += 1;
      else if (answers.provider && answers.provider !== route.id) left.provider += 1;
      else if (budget && usd(certification.fee, rates) === undefined) left.noFee += 1;
      else if (budget && usd(certification.fee, rates)! > budget.amount) left.budget += 1;
      else if (answers.language && certification.languages.length === 0) left.noLanguage += 1;
      else if (answers.language && !certification.languages.includes(answers.language)) left.language += 1;
      else {
        const score =
          LEVEL_FIT[answers.stage][certification.level] -
          NOT_READY * notHeldBefore(certification, route, answers.held).length +
          (certification.comesAfter.some((before) => held.has(before)) ? BUILDS_ON_HELD : 0);
        candidates.push({ certification, route, score, reasons: [] });
      }
    }
  }
  const suggestions = candidates
    .sort(
      (a, b) =>
        b.score - a.score ||
        (usd(a.certification.fee, rates) ?? Infinity) - (usd(b.certification.fee, rates) ?? Infinity) ||
        a.certification.title.localeCompare(b.certification.title),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) => ({
      ...suggestion,
      reasons: reasonsFor(suggestion.certification, suggestion.route, answers, index, rates),
    }));
  return { role, suggestions, left };
}

/** What the limits left out, as sentences (`3 over your budget`), for the note under the shortlist. */
export function leftOutText(left: LeftOut): string[] {
  const m = guide.left;
  return (Object.keys(m) as (keyof LeftOut)[]).filter((key) => left[key] > 0).map((key) => tp(m[key], left[key]));
}
