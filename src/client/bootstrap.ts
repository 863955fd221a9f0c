/**
 * The one script every page loads: a classic script in `<head>`, run before the page is painted. It
 * applies the student's colour theme at once (no flash of the other theme) and marks the page as
 * scripted, so controls that need a script (the theme picker) show from the first frame. When the
 * document is parsed it wires the theme picker, the search shortcut (`/`, Ctrl+K or Cmd+K focus the
 * header's search box), the "Add to compare" buttons and a certification's "My plan" control, and loads
 * the rest only when the student asks: the search module the first time the box is used, the compare
 * tray when a button is pressed or a selection is already kept, the plan control's script when it is
 * used or a plan is already kept. The modules' URLs come from `data-*` attributes of this script's tag
 * (src/integrations/client-scripts.ts).
 */
import { PLAN_STORAGE_KEY } from '../lib/my-plan/plan';
import { readSelection, showPressed } from './compare-store';
import { applyStoredTheme, wireThemePicker } from './theme';

const modules = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
applyStoredTheme();
document.documentElement.dataset.scripted = '';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function wireSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input || !modules.search) return;

  const searchUrl = modules.search;
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || ((event.ctrlKey || event.metaKey) && event.key === 'k');
    if (!shortcut) return;
    event.preventDefault();
    // On a phone the box waits in a closed drawer of the header: open it first.
    const drawer = form.closest('details');
    if (drawer) drawer.open = true;
    input.focus();
    input.select();
  });
  form.closest('details')?.addEventListener('toggle', (event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) input.focus();
  });
  // The module defines <site-search>, which upgrades the box around this form.
  let attached: Promise<unknown> | undefined;
  const attach = () => {
    attached ??= import(searchUrl);
  };
  input.addEventListener('focus', attach, { once: true });
  input.addEventListener('input', attach, { once: true });
}

function wireCompare(): void {
  if (!modules.compareTray) return;
  const trayUrl = modules.compareTray;
  let tray: Promise<{ toggle: (button: HTMLButtonElement) => void }> | undefined;
  const loadTray = () => (tray ??= import(trayUrl));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-compare]');
    if (button) void loadTray().then((module) => module.toggle(button));
  });
  const selection = readSelection();
  showPressed(selection);
  if (selection.length > 0) void loadTray();
}

/** A certification's "My plan": shown at once as not in the plan when none is kept, its script loaded when needed. */
function wirePlan(): void {
  const control = document.querySelector<HTMLElement>('[data-plan-for]');
  if (!control || !modules.planControl) return;
  const controlUrl = modules.planControl;
  let loaded: Promise<unknown> | undefined;
  const load = () =>
    (loaded ??= import(controlUrl).then((module: { attach: (root: HTMLElement) => void }) => module.attach(control)));
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(PLAN_STORAGE_KEY);
  } catch {
    // Storage refused (a private mode): no plan is kept.
  }
  if (kept) {
    void load();
    return;
  }
  control.dataset.ready = '';
  control.addEventListener('focusin', load, { once: true });
  control.addEventListener('change', load, { once: true });
}

function wire(): void {
  const picker = document.querySelector<HTMLSelectElement>('select[data-theme-picker]');
  if (picker) wireThemePicker(picker);
  wireSearch();
  wireCompare();
  wirePlan();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire, { once: true });
else wire();
