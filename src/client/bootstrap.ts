/**
 * The one script every page loads: a classic script in `<head>`, run before the page is painted. It
 * applies the student's colour theme at once (no flash of the other theme) and marks the page as
 * scripted, so controls that need a script (the theme picker) show from the first frame. When the
 * document is parsed it wires the theme picker, the search shortcut (`/`, Ctrl+K or Cmd+K focus the
 * header's search box) and the "Add to compare" buttons, and loads the rest only when the student
 * asks: the search module the first time the box is used, the compare tray when a button is pressed
 * or a selection is already kept. The modules' URLs come from `data-*` attributes of this script's
 * tag (src/integrations/client-scripts.ts).
 */
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

function wire(): void {
  const picker = document.querySelector<HTMLSelectElement>('select[data-theme-picker]');
  if (picker) wireThemePicker(picker);
  wireSearch();
  wireCompare();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire, { once: true });
else wire();
