/**
 * Long facets (providers, categories, languages): the options with the most results first and those
 * with none last, the first few shown and the rest behind "Show all N", and a box to find an option by
 * name. The order is set once, from the first counts, so nothing moves under the student's finger while
 * ticking; a ticked option always stays in view. What is typed in a box only filters the list: it is
 * compared with the options' names and never written into the page.
 */
import { SHOWN_OPTIONS } from '../../lib/browse/facets';
import { wordsOf } from '../../lib/text/words';
import { t } from '../../i18n/browser';
import type { browse } from '../../i18n/en/browse';

interface LongFacet {
  list: HTMLElement;
  items: HTMLLIElement[];
  finder: HTMLInputElement;
  showAll: HTMLButtonElement;
  expanded: boolean;
}

/** An option's name or what is typed, as search reads words: `Sécurité` is found by typing `securite`. */
const folded = (text: string) => wordsOf(text).join(' ');

const boxOf = (item: HTMLLIElement) => item.querySelector<HTMLInputElement>('input[type="checkbox"]');

type Words = typeof browse;

function show(facet: LongFacet, words: Words): void {
  const wanted = folded(facet.finder.value);
  facet.items.forEach((item, position) => {
    const name = folded(item.querySelector('[data-label]')?.textContent ?? '');
    item.hidden = wanted
      ? !name.includes(wanted)
      : !facet.expanded && position >= SHOWN_OPTIONS && !boxOf(item)?.checked;
  });
  facet.showAll.hidden = wanted !== '';
  facet.showAll.setAttribute('aria-expanded', String(facet.expanded));
  facet.showAll.textContent = facet.expanded ? words.showFewer : t(words.showAll, { count: facet.items.length });
}

export interface LongFacets {
  /** Orders the options by their counts, the first time only. */
  order(countOf: (box: HTMLInputElement) => number): void;
  /** Shows and hides options for the ticked ones, the boxes' text and "Show all". */
  refresh(): void;
}

/** Wires the long facets of the browser `form`, writing the browse section's `words`. */
export function attachLongFacets(form: HTMLFormElement, words: Words): LongFacets {
  const facets: LongFacet[] = [...form.querySelectorAll<HTMLElement>('fieldset[data-long]')].flatMap((fieldset) => {
    const list = fieldset.querySelector<HTMLElement>('ul');
    const finder = fieldset.querySelector<HTMLInputElement>('[data-facet-filter]');
    const showAll = fieldset.querySelector<HTMLButtonElement>('[data-show-all]');
    if (!list || !finder || !showAll) return [];
    return [
      { list, items: [...list.querySelectorAll<HTMLLIElement>(':scope > li')], finder, showAll, expanded: false },
    ];
  });
  for (const facet of facets) {
    facet.finder.addEventListener('input', () => show(facet, words));
    facet.showAll.addEventListener('click', () => {
      facet.expanded = !facet.expanded;
      show(facet, words);
    });
  }
  let ordered = false;
  return {
    order(countOf) {
      if (ordered) return;
      ordered = true;
      for (const facet of facets) {
        const count = (item: HTMLLIElement) => {
          const box = boxOf(item);
          return box ? countOf(box) : 0;
        };
        // A stable sort: options with as many results keep their alphabetical order.
        facet.items = [...facet.items].sort((a, b) => count(b) - count(a));
        facet.list.append(...facet.items);
      }
    },
    refresh() {
      for (const facet of facets) show(facet, words);
    },
  };
}
