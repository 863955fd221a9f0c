/**
 * A student's plan: the certifications they mark planning, preparing or passed (with the day they
 * passed), kept in the browser under one key as versioned JSON and written into a share link
 * (`?plan=slug:status[:date],...`). Whatever storage or a link holds is data: only slugs in file-name
 * form, the three statuses and real dates not after today are kept; anything else is dropped (storage)
 * or named (a link), never thrown. Compare's selection is a thing apart and stays as it is.
 */
import { isSlug } from '../compare/selection';
import { daysAfter, isCalendarDate, type CalendarDate } from '../values/calendar-date';

/** Where a certification stands in a plan. */
export const PLAN_STATUSES = ['planning', 'preparing', 'passed'] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** One certification of a plan; a passed one carries the day it was passed. */
export type PlanEntry =
  { slug: string; status: 'planning' | 'preparing' } | { slug: string; status: 'passed'; passedOn: CalendarDate };

/** Where the plan is kept in the browser. */
export const PLAN_STORAGE_KEY = 'cert-compass:plan';

/** The event the page's scripts send each other when the plan changes. */
export const PLAN_EVENT = 'cert-compass:plan';

/** The version of the stored JSON; another version is not read. */
export const PLAN_VERSION = 1;

/** How many certifications a plan holds: more than a student studies for, few enough for a link. */
export const MAX_PLANNED = 60;

/** The longest text of a link's item named back to the student. */
const MAX_NAMED = 200;

/** True for one of the three statuses. */
export function isPlanStatus(value: unknown): value is PlanStatus {
  return typeof value === 'string' && (PLAN_STATUSES as readonly string[]).includes(value);
}

/**
 * True for a day a student could have passed on: a real date, not after `today`. Reading storage or a
 * link allows a day more, since the day a plan was written somewhere else may be tomorrow here.
 */
export function isPassedDate(value: unknown, today: CalendarDate, graceDays = 0): value is CalendarDate {
  return typeof value === 'string' && isCalendarDate(value) && value <= daysAfter(today, graceDays);
}

/** An entry from parts of unknown shape, or undefined when they are not one. */
export function planEntry(
  slug: unknown,
  status: unknown,
  passedOn: unknown,
  today: CalendarDate,
): PlanEntry | undefined {
  if (typeof slug !== 'string' || !isSlug(slug) || !isPlanStatus(status)) return undefined;
  if (status !== 'passed') return { slug, status };
  return isPassedDate(passedOn, today, 1) ? { slug, status, passedOn } : undefined;
}

/** The plan kept in storage; missing, bad JSON, another version or bad entries read as nothing. */
export function parseStoredPlan(text: string | null, today: CalendarDate): PlanEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? 'null');
  } catch {
    return [];
  }
  const { version, entries } = (value ?? {}) as { version?: unknown; entries?: unknown };
  if (version !== PLAN_VERSION || !Array.isArray(entries)) return [];
  const plan: PlanEntry[] = [];
  for (const item of entries as unknown[]) {
    const { slug, status, passedOn } = (item ?? {}) as Record<string, unknown>;
    const entry = planEntry(slug, status, passedOn, today);
    if (entry && !plan.some((other) => other.slug === entry.slug)) plan.push(entry);
  }
  return plan.slice(0, MAX_PLANNED);
}

/** The text storage keeps for a plan. */
export function storedPlanText(plan: readonly PlanEntry[]): string {
  return JSON.stringify({ version: PLAN_VERSION, entries: plan });
}

/** The plan's entry for a certification, if it holds one. */
export function entryOf(plan: readonly PlanEntry[], slug: string): PlanEntry | undefined {
  return plan.find((entry) => entry.slug === slug);
}

/**
 * The plan with an entry set: in its place when the certification is in the plan, else at the end;
 * `full` when there is no room for a new one (the plan is then unchanged).
 */
export function planWith(plan: readonly PlanEntry[], entry: PlanEntry): { plan: PlanEntry[]; full: boolean } {
  const index = plan.findIndex((other) => other.slug === entry.slug);
  if (index >= 0) return { plan: plan.map((other, at) => (at === index ? entry : other)), full: false };
  if (plan.length >= MAX_PLANNED) return { plan: [...plan], full: true };
  return { plan: [...plan, entry], full: false };
}

/** The plan without a certification. */
export function planWithout(plan: readonly PlanEntry[], slug: string): PlanEntry[] {
  return plan.filter((entry) => entry.slug !== slug);
}

/** An entry as a share link writes it: `slug:status`, or `slug:passed:YYYY-MM-DD`. */
function linkItem(entry: PlanEntry): string {
  return entry.status === 'passed' ? `${entry.slug}:passed:${entry.passedOn}` : `${entry.slug}:${entry.status}`;
}

/** The My plan page's query string for a plan: `?plan=a:planning,b:passed:2025-06-30`, or nothing. */
export function planQuery(plan: readonly PlanEntry[]): string {
  return plan.length > 0 ? `?plan=${plan.map(linkItem).join(',')}` : '';
}

/** What a share link's `plan` parameter holds, as the page reads it. */
export interface SharedPlan {
  /** The entries read, in order, without repeats, at most `MAX_PLANNED`. */
  plan: PlanEntry[];
  /** Items that are not an entry (a bad slug, status or date): named in the page's note, never looked up. */
  unread: string[];
  /** Entries past `MAX_PLANNED`: left out, and the page says so. */
  dropped: string[];
}

/** Reads `a:planning,b:passed:2025-06-30` (from `?plan=`): trimmed, repeats dropped, the rest named. */
export function parsePlanParameter(text: string, today: CalendarDate): SharedPlan {
  const items = [
    ...new Set(
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  const read: PlanEntry[] = [];
  const unread: string[] = [];
  for (const item of items) {
    const [slug, status, passedOn, ...rest] = item.split(':');
    const entry = rest.length === 0 ? planEntry(slug, status, passedOn, today) : undefined;
    // A certification named twice, with two statuses: the first one counts.
    if (entry && (entry.status === 'passed' || passedOn === undefined)) {
      if (!read.some((other) => other.slug === entry.slug)) read.push(entry);
    } else unread.push(item.slice(0, MAX_NAMED));
  }
  return {
    plan: read.slice(0, MAX_PLANNED),
    unread,
    dropped: read.slice(MAX_PLANNED).map((entry) => entry.slug),
  };
}
