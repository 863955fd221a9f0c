/**
 * The compare tray: a bar at the foot of every page showing what the student picked to compare, with
 * a way to remove each one, clear them all and open the comparison. Loaded by the bootstrap when an
 * "Add to compare" button is pressed or a selection is already kept; titles are written as text.
 */
import { compareQuery, MAX_COMPARED, SELECTION_EVENT, STORAGE_KEY, toggled } from '../lib/compare/selection';
import { readSelection, showPressed, writeSelection } from './compare-store';
import { element } from './dom';

const base = document.documentElement.dataset.base ?? '/';
const tray = element('aside', 'compare-tray');
tray.setAttribute('aria-label', 'Compare');
const heading = element('h2', 'compare-tray-heading');
const list = element('ul', 'compare-tray-list');
const open = element('a', 'button');
const clear = element('button', 'compare-tray-clear', 'Clear');
clear.type = 'button';
const status = element('p', 'compare-tray-status');
status.setAttribute('role', 'status');
tray.append(heading, list, open, clear, status);
// The compare page shows the selection itself; the tray there would say it twice.
const onComparePage = document.querySelector('[data-compare-page]') !== null;

function render(): void {
  const selection = readSelection();
  showPressed(selection);
  const visible = selection.length > 0 && !onComparePage;
  tray.hidden = !visible;
  document.body.classList.toggle('has-compare-tray', visible);
  if (!visible) return;
  heading.textContent = `Compare (${selection.length} of ${MAX_COMPARED})`;
  list.replaceChildren(
    ...selection.map((item) => {
      const entry = element('li');
      const remove = element('button', 'compare-tray-remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${item.title} from compare`);
      remove.addEventListener('click', () => {
        writeSelection(toggled(readSelection(), item).selection);
        status.textContent = `Removed ${item.title}.`;
      });
      entry.append(element('span', 'compare-tray-title', item.title), remove);
      return entry;
    }),
  );
  open.href = `${base}compare/${compareQuery(selection.map((item) => item.slug))}`;
  open.textContent = selection.length > 1 ? `Compare ${selection.length}` : 'Open compare';
}

clear.addEventListener('click', () => {
  writeSelection([]);
  status.textContent = 'Cleared the comparison.';
});
window.addEventListener(SELECTION_EVENT, render);
// Another tab changed the selection.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) render();
});
document.body.append(tray);
render();

/** Adds the button's certification to the selection, or removes it, and says what happened. */
export function toggle(button: HTMLButtonElement): void {
  const slug = button.dataset.compare ?? '';
  const title = button.dataset.title ?? slug;
  const { selection, full } = toggled(readSelection(), { slug, title });
  if (full) {
    status.textContent = `You can compare up to ${MAX_COMPARED}. Remove one first.`;
    tray.classList.add('is-full');
    setTimeout(() => tray.classList.remove('is-full'), 1500);
    return;
  }
  writeSelection(selection);
  const added = selection.some((item) => item.slug === slug);
  status.textContent = added
    ? `Added ${title} to compare (${selection.length} of ${MAX_COMPARED}).`
    : `Removed ${title} from compare.`;
}
