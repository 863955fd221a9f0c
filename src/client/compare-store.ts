/**
 * The compare selection in the browser: read and written in `localStorage` (which may be missing or
 * refuse writes, as in some private modes: the selection then lasts as long as the page), announced to
 * the page's other scripts, and shown on every "Add to compare" button as its pressed state.
 */
import { parseStored, SELECTION_EVENT, STORAGE_KEY, type Picked } from '../lib/compare/selection';

let unsaved: Picked[] | undefined;

/** The current selection. */
export function readSelection(): Picked[] {
  if (unsaved) return unsaved;
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

/** Keeps a selection and tells the page's scripts (and the buttons) about it. */
export function writeSelection(selection: readonly Picked[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
    unsaved = undefined;
  } catch {
    unsaved = [...selection];
  }
  showPressed(selection);
  window.dispatchEvent(new CustomEvent(SELECTION_EVENT));
}

/** Marks every "Add to compare" button below `root` pressed or not; a button without the state is not ready. */
export function showPressed(selection: readonly Picked[], root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-compare]')) {
    button.setAttribute('aria-pressed', String(selection.some((item) => item.slug === button.dataset.compare)));
  }
}
