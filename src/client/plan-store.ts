/**
 * The student's plan in the browser: read and written in `localStorage` under one key (which may be
 * missing or refuse writes, as in some private modes: the plan then lasts as long as the page), and
 * announced to the page's other scripts. Compare's selection is kept apart (compare-store.ts).
 */
import { parseStoredPlan, PLAN_EVENT, PLAN_STORAGE_KEY, storedPlanText, type PlanEntry } from '../lib/my-plan/plan';
import { todayLocal } from '../lib/values/calendar-date';

let unsaved: PlanEntry[] | undefined;

/** The kept plan; anything stored that is not a plan reads as an empty one. */
export function readPlan(): PlanEntry[] {
  if (unsaved) return unsaved;
  try {
    return parseStoredPlan(localStorage.getItem(PLAN_STORAGE_KEY), todayLocal());
  } catch {
    return [];
  }
}

/** Keeps a plan (an empty one leaves nothing stored) and tells the page's scripts about it. */
export function writePlan(plan: readonly PlanEntry[]): void {
  try {
    if (plan.length === 0) localStorage.removeItem(PLAN_STORAGE_KEY);
    else localStorage.setItem(PLAN_STORAGE_KEY, storedPlanText(plan));
    unsaved = undefined;
  } catch {
    unsaved = [...plan];
  }
  window.dispatchEvent(new CustomEvent(PLAN_EVENT));
}

/** Calls `changed` when the plan changes, in this page or another tab. */
export function onPlanChange(changed: () => void): void {
  window.addEventListener(PLAN_EVENT, changed);
  window.addEventListener('storage', (event) => {
    if (event.key === PLAN_STORAGE_KEY || event.key === null) changed();
  });
}
