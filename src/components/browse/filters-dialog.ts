/**
 * The filters dialog of the browse page on a phone. The page puts the results first there; the sort,
 * the currency picker and the facets (marked `data-in-filters`) wait until the student presses
 * "Filters". They then move into a modal `<dialog>`, which keeps focus inside, closes on Escape or its
 * buttons and makes the page behind inert, and move back to their places when it closes. Ticking an
 * option applies at once (the form hears it wherever the option is); the dialog says how many results
 * the current choice gives. On a wide screen the button is hidden and nothing moves.
 */
import { required } from '../../client/dom';
import { t } from '../../i18n/browser';
import type { browse } from '../../i18n/en/browse';

export interface FiltersDialog {
  /** Says how many results the current choice gives, and how many filters are applied. */
  show(resultsText: string, applied: number): void;
}

/** Wires the dialog of the browser `form`; `words` are the browse section's `filters`. */
export function attachFiltersDialog(form: HTMLFormElement, words: (typeof browse)['filters']): FiltersDialog {
  const find = <T extends Element>(selector: string) => required<T>(form, selector, 'The browser');
  const opener = find<HTMLButtonElement>('[data-open-filters]');
  const dialog = find<HTMLDialogElement>('[data-filters-dialog]');
  const body = find<HTMLElement>('[data-filters-body]');
  const count = find<HTMLElement>('[data-dialog-count]');
  const applied = find<HTMLElement>('[data-filters-count]');
  const movable = [...form.querySelectorAll<HTMLElement>('[data-in-filters]')];

  opener.addEventListener('click', () => {
    const places = movable.map((part) => {
      const place = document.createTextNode('');
      part.before(place);
      body.append(part);
      return place;
    });
    dialog.addEventListener(
      'close',
      () => {
        places.forEach((place, position) => place.replaceWith(movable[position]!));
        opener.focus();
      },
      { once: true },
    );
    dialog.showModal();
  });
  for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-close-filters]')) {
    button.addEventListener('click', () => dialog.close());
  }
  return {
    show(resultsText, appliedCount) {
      count.textContent = resultsText;
      applied.textContent = appliedCount > 0 ? t(words.applied, { count: appliedCount }) : '';
      opener.setAttribute('aria-label', appliedCount > 0 ? t(words.openApplied, { count: appliedCount }) : words.open);
    },
  };
}
