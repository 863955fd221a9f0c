/**
 * The currency picker of the browse and compare pages: shows it, restores the student's last choice
 * (kept in `localStorage`) and reports each change. Only currencies of the rates file are accepted.
 */
import { canConvert } from '../lib/values/exchange';

const STORAGE_KEY = 'cert-compass:currency';

/** Wires the picker below `root`; returns the currency to show fees in, and calls `changed` on each choice. */
export function attachCurrencyPicker(root: ParentNode, changed: (currency: string) => void): string {
  const picker = root.querySelector<HTMLElement>('[data-currency-picker]');
  const select = picker?.querySelector<HTMLSelectElement>('select');
  const fallback = select?.dataset.default ?? 'USD';
  if (!picker || !select) return fallback;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private mode): the choice lasts as long as the page.
  }
  const current = stored && canConvert(stored) ? stored : fallback;
  select.value = current;
  picker.hidden = false;
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(STORAGE_KEY, select.value);
    } catch {
      // As above.
    }
    changed(select.value);
  });
  return current;
}
