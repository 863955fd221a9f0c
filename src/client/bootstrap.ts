/**
 * The one script every page loads: a classic script, so it may later run before the page is painted.
 * It wires the search shortcut (`/`, Ctrl+K or Cmd+K focus the header's search box) and the "Add to
 * compare" buttons, and loads the rest only when the student asks: the search module the first time
 * the box is used, the compare tray when a button is pressed or a selection is already kept. The
 * modules' URLs come from `data-*` attributes of this script's tag (src/integrations/client-scripts.ts).
 */
import { readSelection, showPressed } from './compare-store';

const modules = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

if (form && input && modules.search) {
  const searchUrl = modules.search;
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || ((event.ctrlKey || event.metaKey) && event.key === 'k');
    if (!shortcut) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  let attached: Promise<unknown> | undefined;
  const attach = () => {
    attached ??= import(searchUrl).then(({ attachSearch }) => attachSearch(form, input));
  };
  input.addEventListener('focus', attach, { once: true });
  input.addEventListener('input', attach, { once: true });
}

if (modules.compareTray) {
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
