/**
 * What a role page shows: the certifications that lead to a job role, as routes (one per provider's
 * ecosystem, and one of the vendor-neutral providers together), each from Beginner to Expert, with the
 * totals a student plans with: exam fees in both currencies, exam time, renewals over three years and
 * the preparation hours providers state. Retired certifications never appear on a route; the current
 * certification that replaces one does, on its own provider's route.
 */
import type { Catalogue, Certification } from '../catalogue/catalogue';
import { pathPlaceOf } from '../catalogue/catalogue';
import { byTitle } from '../catalogue/order';
import { VENDOR_NEUTRAL_PROVIDERS } from '../catalogue/providers';
import { ROLES, type Role } from '../catalogue/roles';
import { compareQuery, MAX_COMPARED } from '../compare/selection';
import { RENEWAL_HORIZON_YEARS } from '../compare/plan';
import { EXCHANGE_RATES, feeInUsd, type ExchangeRates } from '../values/exchange';
import { levelRank } from '../values/levels';
import type { Money } from '../values/money';
import { weeksAt } from '../values/duration';
import { validityMonths } from '../values/validity';
import { paths } from './routes';

/** A sum in US dollars (converted with the site's rates), and the titles of the steps that do not give it. */
export interface RouteSum {
  usd: Money;
  unlisted: string[];
}

export interface RouteTotals {
  /** Every step's cost to earn it: each exam once, and a course it requires. */
  fees: RouteSum;
  /** Exam time in minutes. */
  minutes: { value: number; unlisted: string[] };
  /** What keeping every step valid costs within the horizon: renewal fees as often as they fall due, yearly fees. */
  renewals: RouteSum & { due: number };
  /** The preparation hours providers state (`study_hours`). */
  studyHours: { value: number; unlisted: string[] };
}

/** The pace the role pages' "finish in" estimate assumes, in hours a week. */
export const STUDY_HOURS_PER_WEEK = 10;

/**
 * How many weeks a route's stated preparation takes at `perWeek` hours a week, rounded up; none unless
 * every step states its hours (an estimate that leaves steps out would promise too little).
 */
export function weeksToFinish(totals: RouteTotals, perWeek = STUDY_HOURS_PER_WEEK): number | undefined {
  const { value, unlisted } = totals.studyHours;
  return unlisted.length > 0 || value === 0 ? undefined : weeksAt(value, perWeek);
}

/** The id of the route that gathers the vendor-neutral providers' certifications. */
export const VENDOR_NEUTRAL_ROUTE = 'vendor-neutral';

/** One route to a role: a provider's certifications that lead to it, or the vendor-neutral ones, in study order. */
export interface RoleRoute {
  /** The provider's slug, or `vendor-neutral`: the route's anchor on the page. */
  id: string;
  /** A provider's own route: the provider. */
  provider?: { name: string; slug: string; href: string };
  /** The vendor-neutral route: the providers on it, by name. */
  neutralProviders?: string[];
  steps: Certification[];
  totals: RouteTotals;
  /** The compare page's plan of the route (its first steps when it has more than compare holds). */
  plan: { href: string; steps: number };
}

export interface RolePage {
  role: Role;
  routes: RoleRoute[];
  /** The certifications on its routes, in the catalogue's order. */
  certifications: Certification[];
  /** How many: a role with none has no page (the roles index names it without a link). */
  count: number;
}

/** The current certifications that lead to a role: those given it, and the successors of retired ones. */
export function certificationsForRole(catalogue: Catalogue, roleId: string): Certification[] {
  const bySlug = new Map(catalogue.certifications.map((certification) => [certification.slug, certification]));
  const found = new Map<string, Certification>();
  for (const certification of catalogue.certifications) {
    if (!certification.jobRoles.ids.includes(roleId)) continue;
    const successor = certification.succession?.current ?? certification.succession?.successor;
    const current = certification.current ? certification : successor && bySlug.get(successor.slug);
    if (current?.current) found.set(current.slug, current);
  }
  return [...found.values()];
}

/** Study order: a step after those it builds on, then from Beginner to Expert, then by title. */
export function studyOrder(catalogue: Catalogue, steps: readonly Certification[]): Certification[] {
  const after = new Map(steps.map((step) => [step.slug, new Set(pathPlaceOf(catalogue, step.slug).comesAfter)]));
  const left = [...steps].sort((a, b) => levelRank(a.level) - levelRank(b.level) || byTitle(a, b));
  const ordered: Certification[] = [];
  while (left.length > 0) {
    const ready = left.findIndex((step) => !left.some((other) => after.get(step.slug)?.has(other.slug)));
    ordered.push(...left.splice(Math.max(ready, 0), 1));
  }
  return ordered;
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The totals of a route, with the site's exchange rates. */
export function routeTotals(steps: readonly Certification[], rates: ExchangeRates = EXCHANGE_RATES): RouteTotals {
  let fees = 0;
  let minutes = 0;
  let renewals = 0;
  let due = 0;
  let hours = 0;
  const unlisted = { fees: [] as string[], minutes: [] as string[], renewals: [] as string[], hours: [] as string[] };
  const horizon = RENEWAL_HORIZON_YEARS * 12;
  for (const step of steps) {
    const fee = step.cost.total && feeInUsd(step.cost.total, rates);
    if (fee === undefined) unlisted.fees.push(step.title);
    else fees += fee;
    if (step.examMinutes === undefined) unlisted.minutes.push(step.title);
    else minutes += step.examMinutes;
    const months = validityMonths(step.validity);
    const times = months === undefined ? 0 : Math.floor(horizon / months);
    due += times;
    if (times > 0) {
      const renewal = step.renewalFee && feeInUsd(step.renewalFee, rates);
      if (renewal === undefined) unlisted.renewals.push(step.title);
      else renewals += renewal * times;
    }
    if (step.studyHours) hours += step.studyHours.hours;
    else unlisted.hours.push(step.title);
    const yearly = step.annualFee && feeInUsd(step.annualFee, rates);
    if (yearly) renewals += yearly * RENEWAL_HORIZON_YEARS;
  }
  const usd = (amount: number): Money => ({ amount: cents(amount), currency: 'USD' });
  return {
    fees: { usd: usd(fees), unlisted: unlisted.fees },
    minutes: { value: minutes, unlisted: unlisted.minutes },
    renewals: { usd: usd(renewals), unlisted: unlisted.renewals, due },
    studyHours: { value: hours, unlisted: unlisted.hours },
  };
}

/** A route's steps in study order, their totals and its plan on the compare page. */
function route(catalogue: Catalogue, group: readonly Certification[]): Pick<RoleRoute, 'steps' | 'totals' | 'plan'> {
  const steps = studyOrder(catalogue, group);
  const planned = steps.slice(0, MAX_COMPARED).map((step) => step.slug);
  return {
    steps,
    totals: routeTotals(steps),
    plan: { href: `${paths.compare()}${compareQuery(planned, 'plan')}`, steps: planned.length },
  };
}

/** What a route is sorted and named by: its provider, or "vendor-neutral". */
const routeName = (route: RoleRoute) => route.provider?.name ?? route.id;

/**
 * A role's page: its routes, the longest first, then by name. The vendor-neutral providers'
 * certifications (`neutral`, from src/data/providers.json) form one route together.
 */
export function rolePage(
  catalogue: Catalogue,
  role: Role,
  neutral: ReadonlySet<string> = VENDOR_NEUTRAL_PROVIDERS,
): RolePage {
  const certifications = certificationsForRole(catalogue, role.id);
  const byRoute = Map.groupBy(certifications, (certification) =>
    neutral.has(certification.provider) ? VENDOR_NEUTRAL_ROUTE : certification.providerLink.slug,
  );
  const routes = [...byRoute]
    .map(([id, group]): RoleRoute => {
      if (id === VENDOR_NEUTRAL_ROUTE) {
        const providers = [...new Set(group.map((step) => step.providerLink.name))].sort((a, b) => a.localeCompare(b));
        return { id, neutralProviders: providers, ...route(catalogue, group) };
      }
      const link = group[0]!.providerLink;
      return {
        id,
        provider: { name: link.name, slug: link.slug, href: paths.provider(link.slug) },
        ...route(catalogue, group),
      };
    })
    .sort((a, b) => b.steps.length - a.steps.length || routeName(a).localeCompare(routeName(b)));
  return { role, routes, certifications, count: certifications.length };
}

/** Made once per catalogue: the roles index, the role pages and the share images read the same pages. */
const pagesOf = new WeakMap<Catalogue, RolePage[]>();

/** Every role's page, in the roles file's order (those with no certification included, `count` 0). */
export function rolePages(catalogue: Catalogue, roles: readonly Role[] = ROLES): RolePage[] {
  if (roles !== ROLES) return roles.map((role) => rolePage(catalogue, role));
  let pages = pagesOf.get(catalogue);
  if (!pages) pagesOf.set(catalogue, (pages = ROLES.map((role) => rolePage(catalogue, role))));
  return pages;
}
