/**
 * `<compare-tray>`, the bar at the foot of every page showing what the student picked to compare, with a
 * way to remove each one, clear them all and open the comparison (CompareTray.astro beside it renders
 * its markup in a template and styles it). The bootstrap loads this module when an "Add to compare"
 * button is pressed or a selection is already kept; titles are written as text.
 */
import { compareQuery, MAX_COMPARED, SELECTION_EVENT, STORAGE_KEY, toggled } from '../../lib/compare/selection';
import { readSelection, showPressed, writeSelection } from '../../client/compare-store';
import { element, required } from '../../client/dom';
import { basePath } from '../../client/site-pages';
import { t } from '../../i18n/browser';
import { compareTray } from '../../i18n/en/compare-tray';

/** The tray's parts and words, once its element is in the page. */
function partsOf(root: HTMLElement) {
  const template = required<HTMLTemplateElement>(root, 'template[data-tray]', 'The compare tray');
  const tray = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  const find = <T extends Element>(selector: string) => required<T>(tray, selector, 'The compare tray');
  return {
    words: compareTray,
    tray,
    heading: find<HTMLElement>('.compare-tray-heading'),
    list: find<HTMLElement>('.compare-tray-list'),
    open: find<HTMLAnchorElement>('[data-open]'),
    clear: find<HTMLButtonElement>('.compare-tray-clear'),
    status: find<HTMLElement>('[role="status"]'),
  };
}

type Parts = ReturnType<typeof partsOf>;

/** The tray on this page, once the element has started. */
let parts: Parts | undefined;
// The compare page shows the selection itself; the tray there would say it twice.
const onComparePage = () => document.querySelector('[data-compare-page]') !== null;

function render(shown: Parts): void {
  const selection = readSelection();
  showPressed(selection);
  const visible = selection.length > 0 && !onComparePage();
  shown.tray.hidden = !visible;
  document.body.classList.toggle('has-compare-tray', visible);
  if (!visible) return;
  const m = shown.words;
  shown.heading.textContent = t(m.headingCount, { count: selection.length, max: MAX_COMPARED });
  shown.list.replaceChildren(
    ...selection.map((item) => {
      const entry = element('li');
      const remove = element('button', 'compare-tray-remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', t(m.remove, { title: item.title }));
      remove.addEventListener('click', () => {
        writeSelection(toggled(readSelection(), item).selection);
        shown.status.textContent = t(m.removed, { title: item.title });
      });
      entry.append(element('span', 'compare-tray-title', item.title), remove);
      return entry;
    }),
  );
  shown.open.href = `${basePath()}compare/${compareQuery(selection.map((item) => item.slug))}`;
  shown.open.textContent = selection.length > 1 ? t(m.openCount, { count: selection.length }) : m.open;
}

/** The element: puts the tray into the page and keeps it in step with the selection. */
class CompareTray extends HTMLElement {
  connectedCallback(): void {
    if (parts) return;
    const shown = partsOf(this);
    parts = shown;
    shown.clear.addEventListener('click', () => {
      writeSelection([]);
      shown.status.textContent = shown.words.cleared;
    });
    window.addEventListener(SELECTION_EVENT, () => render(shown));
    // Another tab changed the selection.
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) render(shown);
    });
    this.append(shown.tray);
    render(shown);
  }
}

customElements.define('compare-tray', CompareTray);

/** Adds the button's certification to the selection, or removes it, and says what happened. */
export function toggle(button: HTMLButtonElement): void {
  const slug = button.dataset.compare ?? '';
  const title = button.dataset.title ?? slug;
  const { selection, full } = toggled(readSelection(), { slug, title });
  if (full) {
    if (parts) {
      const { tray, status, words } = parts;
      status.textContent = t(words.full, { max: MAX_COMPARED });
      tray.classList.add('is-full');
      setTimeout(() => tray.classList.remove('is-full'), 1500);
    }
    return;
  }
  writeSelection(selection);
  const added = selection.some((item) => item.slug === slug);
  if (parts) {
    const m = parts.words;
    parts.status.textContent = added
      ? t(m.added, { title, count: selection.length, max: MAX_COMPARED })
      : t(m.removedFrom, { title });
  }
}
