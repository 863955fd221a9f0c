/**
 * The script of "My plan" on a certification's page (PlanControl.astro beside it renders the control):
 * shows where the certification stands in the kept plan and keeps each choice. The bootstrap loads it
 * when a plan is kept or the student first uses the control; a choice made before it arrived counts.
 */
import { entryOf, isPassedDate, planWith, planWithout, type PlanEntry, MAX_PLANNED } from '../../lib/my-plan/plan';
import { formatCalendarDate, todayLocal } from '../../lib/values/calendar-date';
import { onPlanChange, readPlan, writePlan } from '../../client/plan-store';
import { required } from '../../client/dom';
import { t } from '../../i18n/browser';
import { planControl } from '../../i18n/en/plan-control';

const m = planControl;

/** Wires the control once: shows the kept state, and keeps what the student chooses. */
export function attach(control: HTMLElement): void {
  if (control.dataset.attached !== undefined) return;
  control.dataset.attached = '';
  const find = <T extends Element>(selector: string) => required<T>(control, selector, 'The plan control');
  const slug = control.dataset.planFor ?? '';
  const title = control.dataset.title ?? slug;
  const select = find<HTMLSelectElement>('select[data-plan-status]');
  const passed = find<HTMLElement>('[data-plan-passed]');
  const date = find<HTMLInputElement>('input[data-plan-passed-on]');
  const status = find<HTMLElement>('[role="status"]');
  const today = todayLocal();
  date.max = today;
  let typing = false;
  date.addEventListener('focus', () => (typing = true));
  date.addEventListener('blur', () => (typing = false));

  const show = () => {
    const entry = entryOf(readPlan(), slug);
    select.value = entry?.status ?? '';
    passed.hidden = entry?.status !== 'passed';
    // Not while the student types in it: each valid date on the way is kept, and setting the value would
    // lose the digits typed (Chromium moves the focus to the body for a moment between day, month and year).
    if (!typing) date.value = entry?.status === 'passed' ? entry.passedOn : '';
    control.dataset.ready = '';
  };

  const keep = (entry: PlanEntry) => {
    const { plan, full } = planWith(readPlan(), entry);
    if (full) {
      status.textContent = t(m.full, { max: MAX_PLANNED });
      show();
      return;
    }
    writePlan(plan);
  };

  const choose = () => {
    const chosen = select.value;
    if (chosen === 'planning' || chosen === 'preparing') {
      keep({ slug, status: chosen });
      status.textContent = t(m.marked, { title, status: m.statuses[chosen] });
    } else if (chosen === 'passed') {
      const kept = entryOf(readPlan(), slug);
      // The day passed defaults to today: the student corrects it in the date field shown beside.
      const passedOn = kept?.status === 'passed' ? kept.passedOn : today;
      keep({ slug, status: 'passed', passedOn });
      status.textContent = t(m.marked, { title, status: m.statuses.passed });
    } else {
      writePlan(planWithout(readPlan(), slug));
      status.textContent = t(m.removed, { title });
    }
  };

  select.addEventListener('change', choose);
  date.addEventListener('change', () => {
    if (!isPassedDate(date.value, today)) {
      status.textContent = m.badDate;
      return;
    }
    keep({ slug, status: 'passed', passedOn: date.value });
    status.textContent = t(m.passedOnSaved, { date: formatCalendarDate(date.value) });
  });
  onPlanChange(show);

  // The student chose before this script arrived (the bootstrap had marked the control ready).
  const chosenEarly = control.dataset.ready !== undefined && select.value !== (entryOf(readPlan(), slug)?.status ?? '');
  if (chosenEarly) choose();
  show();
}
