/**
 * `<browse-app>`, the faceted browser of `/certifications/` (BrowseApp.astro beside it renders its
 * markup). The page is a complete static list without JavaScript; this element reveals the browser form
 * it holds and reads the state from the URL. Without a query it filters, counts and sorts in the page
 * over the compact browse index (one search, plus one per facet that narrows the results); a query is
 * ranked as the header's search box ranks it (src/client/search.ts), and the same engine filters, counts
 * and sorts its matches. Results are copies of the card template the component renders,
 * filled with text only from the cards the build computed (the browse index): nothing is formatted here
 * but a fee redrawn in the picked currency, as every page redraws it (`shownIn`).
 */
import { countedSearch, type FilterQuery } from '../../lib/browse/counts';
import { createEngine, type BrowseIndex } from '../../lib/browse/engine';
import { DEFAULT_STATUSES, FACETS, RESULTS_PER_PAGE, type FacetId } from '../../lib/browse/facets';
import { pageWindow } from '../../lib/browse/pages';
import {
  isFiltered,
  stateFromUrl,
  toggled,
  urlFromState,
  type BrowseState,
  type IgnoredValue,
  type KnownOptions,
} from '../../lib/browse/state';
import { shownIn, type CardView, type ShownFact } from '../../lib/values/shown-fact';
import { readSelection, showPressed } from '../../client/compare-store';
import { attachCurrencyPicker } from '../../client/currency';
import { loadSearch, textMatches } from '../../client/search';
import { namesRetired } from '../../lib/search/ranking';
import { required } from '../../client/dom';
import { t, tp } from '../../i18n/browser';
import { browse } from '../../i18n/en/browse';
import { common } from '../../i18n/en/common';

import { attachFiltersDialog, type FiltersDialog } from './filters-dialog';
import { attachLongFacets, type LongFacets } from './long-facets';

/** How long typing in the query box pauses before the results follow it (the budget is 100 ms). */
const TYPING_PAUSE_MS = 50;

/** One page of results, whichever engine found them. */
interface Answer {
  count: number;
  counts: Record<FacetId, Record<string, number>>;
  /** The cards of the page asked for (the last page when it asked past the end). */
  cards: CardView[];
  page: number;
}

/** The elements of the browser, found once. */
function partsOf(form: HTMLFormElement) {
  const find = <T extends Element>(selector: string) => required<T>(form, selector, 'The browser');
  return {
    query: find<HTMLInputElement>('input[name="q"]'),
    sort: find<HTMLSelectElement>('select[name="sort"]'),
    relevance: find<HTMLOptionElement>('option[value="relevance"]'),
    boxes: [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')],
    status: find<HTMLElement>('[data-status]'),
    note: find<HTMLElement>('[data-note]'),
    chips: find<HTMLElement>('[data-chips]'),
    clear: find<HTMLButtonElement>('[data-clear]'),
    results: find<HTMLElement>('[data-results]'),
    pages: find<HTMLElement>('[data-pages]'),
    card: find<HTMLTemplateElement>('template[data-card]'),
  };
}

type Parts = ReturnType<typeof partsOf>;
type Change = (next: BrowseState) => void;

/** The words the browser writes: its own, and the compare button's it sets on each card. */
interface Words {
  browse: typeof browse;
  common: typeof common;
}

function knownOptions(boxes: readonly HTMLInputElement[]): KnownOptions {
  return Object.fromEntries(
    FACETS.map((facet) => [facet, new Set(boxes.filter((box) => box.dataset.facet === facet).map((box) => box.value))]),
  ) as unknown as KnownOptions;
}

function labelOf(box: HTMLInputElement): string {
  return box.closest('label')?.querySelector('[data-label]')?.textContent?.trim() ?? box.value;
}

/** Puts a state into the form's controls. */
function showState(parts: Parts, state: BrowseState): void {
  parts.query.value = state.query;
  parts.relevance.disabled = state.query === '';
  parts.sort.value = state.sort;
  for (const box of parts.boxes) box.checked = state.filters[box.dataset.facet as FacetId].includes(box.value);
}

function showIgnored(parts: Parts, words: Words, ignored: readonly IgnoredValue[]): void {
  const m = words.browse;
  const values = ignored.map(({ parameter, value }) => t(m.ignoredValue, { parameter, value })).join(', ');
  parts.note.hidden = ignored.length === 0;
  parts.note.textContent = ignored.length === 0 ? '' : t(m.ignored, { values });
}

function showCounts(parts: Parts, words: Words, counts: Record<FacetId, Record<string, number>>): void {
  for (const box of parts.boxes) {
    const count = counts[box.dataset.facet as FacetId][box.value] ?? 0;
    const label = box.closest('label');
    const counter = label?.querySelector('[data-count]');
    if (counter) counter.textContent = t(words.browse.optionCount, { count });
    box.disabled = count === 0 && !box.checked;
    label?.classList.toggle('is-empty', box.disabled);
  }
}

function showChips(parts: Parts, words: Words, state: BrowseState, change: Change): void {
  const chips = parts.boxes
    .filter((box) => box.checked)
    .map((box) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = labelOf(box);
      button.setAttribute('aria-label', t(words.browse.chips.remove, { option: labelOf(box) }));
      button.addEventListener('click', () => change(toggled(state, box.dataset.facet as FacetId, box.value)));
      item.append(button);
      return item;
    });
  parts.chips.replaceChildren(...chips);
  parts.clear.hidden = !isFiltered(state);
}

/** The cards on show, for redrawing their fees when the currency changes. */
const shownCards = new WeakMap<HTMLElement, CardView>();

/** Fills a card's fact list with `facts`, each a copy of the list's first item, fees in `currency`. */
function showFacts(list: HTMLElement, facts: readonly ShownFact[], currency: string): void {
  const model = list.firstElementChild;
  if (!model) return;
  list.replaceChildren(
    ...facts.map((fact) => {
      const item = model.cloneNode(true) as HTMLElement;
      const term = item.querySelector('dt');
      const value = item.querySelector<HTMLElement>('[data-value]');
      const second = item.querySelector<HTMLElement>('[data-secondary]');
      const shown = shownIn(fact, currency);
      if (term) term.textContent = fact.term;
      if (value) {
        value.textContent = shown.text;
        value.dataset.slot = fact.id;
      }
      if (second) {
        second.textContent = shown.secondary ?? '';
        second.hidden = !shown.secondary;
        second.dataset.slot = `${fact.id}-secondary`;
      }
      return item;
    }),
  );
}

/** Fills a copy of the card template with one card: text only, through `textContent`. */
function cardFor(template: HTMLTemplateElement, words: Words, card: CardView, currency: string): Node {
  const node = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  const link = slot('title') as HTMLAnchorElement | null;
  if (link) {
    link.textContent = card.title;
    link.href = card.url;
  }
  for (const name of ['provider', 'checked'] as const) {
    const target = slot(name);
    if (target) target.textContent = card[name];
  }
  const facts = node.querySelector<HTMLElement>('[data-facts]');
  if (facts) showFacts(facts, card.facts, currency);
  const article = node.querySelector('article');
  if (article) shownCards.set(article, card);
  const description = slot('description');
  if (description) description.hidden = true;
  const level = slot('level');
  if (level) {
    level.textContent = card.level;
    level.className = `level level-${card.levelSlug}`;
  }
  for (const name of ['status', 'kind'] as const) {
    const badge = slot(name);
    if (badge) {
      badge.hidden = !card[name];
      badge.textContent = card[name] ?? '';
    }
  }
  const compare = slot('compare');
  if (compare) {
    compare.dataset.compare = card.slug;
    compare.dataset.title = card.title;
    compare.setAttribute('aria-label', t(words.common.addToCompare.label, { title: card.title }));
  }
  showPressed(readSelection(), node);
  return node;
}

function pageLink(state: BrowseState, page: number, label: string, change: Change): HTMLElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = urlFromState({ ...state, page }) || '?';
  link.textContent = label;
  if (page === state.page && /^\d+$/.test(label)) link.setAttribute('aria-current', 'page');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    change({ ...state, page });
  });
  item.append(link);
  return item;
}

/** A run of pages the pager leaves out, hidden from assistive technology (the links around it say enough). */
function pageGap(): HTMLElement {
  const item = document.createElement('li');
  item.textContent = '…';
  item.setAttribute('aria-hidden', 'true');
  return item;
}

function showPages(parts: Parts, words: Words, state: BrowseState, lastPage: number, change: Change): void {
  const list = document.createElement('ul');
  list.className = 'pager';
  if (lastPage > 1) {
    if (state.page > 1) list.append(pageLink(state, state.page - 1, words.browse.pages.previous, change));
    for (const page of pageWindow(state.page, lastPage)) {
      list.append(page === null ? pageGap() : pageLink(state, page, String(page), change));
    }
    if (state.page < lastPage) list.append(pageLink(state, state.page + 1, words.browse.pages.next, change));
  }
  parts.pages.replaceChildren(list);
  parts.pages.hidden = lastPage <= 1;
}

/** The page of a state within `count` results: the one asked for, or the last. */
function pageWithin(state: BrowseState, count: number): number {
  return Math.min(state.page, Math.max(1, Math.ceil(count / RESULTS_PER_PAGE)));
}

/** Answers a state in the page, over the browse index; with a query, over the `ranked` positions of its matches. */
function indexAnswer(
  engine: ReturnType<typeof createEngine>,
  index: BrowseIndex,
  state: BrowseState,
  ranked?: readonly number[],
) {
  return countedSearch(state, (filters: FilterQuery) => Promise.resolve(engine(filters, state.sort, ranked))).then(
    ({ main, counts }): Answer => {
      const page = pageWithin(state, main.count);
      const positions = main.results().slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
      const cards = positions.map((position) => index.entries[position]!.card);
      return { count: main.count, counts, cards, page };
    },
  );
}

/**
 * Answers a state with a query: its matches as the search box ranks them (names and codes; with
 * `withText`, what the pages' text matches after them), filtered and counted like any state. A query
 * that names a retired certification asks for it, as ticking "Retired" would, while the student has
 * not chosen statuses.
 */
async function queryAnswer(
  base: string,
  engine: ReturnType<typeof createEngine>,
  index: BrowseIndex,
  positions: ReadonlyMap<string, number>,
  state: BrowseState,
  withText: boolean,
): Promise<Answer> {
  const [search, text] = await Promise.all([loadSearch(base), withText ? textMatches(base, state.query) : undefined]);
  const ranked = search.rank(state.query, text?.slugs);
  const asked =
    namesRetired(ranked) && state.filters.status.length === 0
      ? { ...state, filters: { ...state.filters, status: [...DEFAULT_STATUSES, 'retired'] } }
      : state;
  const matches = ranked.flatMap(({ document }) => positions.get(document.slug) ?? []);
  return indexAnswer(engine, index, asked, matches);
}

/** The browser's parts that arrange themselves: the filters dialog on a phone, and the long facets. */
interface Panels {
  dialog: FiltersDialog;
  longFacets: LongFacets;
}

function showAnswer(
  parts: Parts,
  words: Words,
  panels: Panels,
  state: BrowseState,
  answer: Answer,
  change: Change,
  currency: string,
): void {
  const m = words.browse;
  const lastPage = Math.max(1, Math.ceil(answer.count / RESULTS_PER_PAGE));
  showCounts(parts, words, answer.counts);
  panels.longFacets.order((box) => answer.counts[box.dataset.facet as FacetId][box.value] ?? 0);
  panels.longFacets.refresh();
  showChips(parts, words, state, change);
  const found = tp(words.common.certifications, answer.count);
  panels.dialog.show(answer.count === 0 ? m.noneFound : found, parts.boxes.filter((box) => box.checked).length);
  parts.status.textContent =
    answer.count === 0
      ? m.noneFoundHint
      : lastPage > 1
        ? t(m.foundOnPage, { found, page: answer.page, pages: lastPage })
        : found;
  parts.results.replaceChildren(
    ...answer.cards.map((card) => {
      const item = document.createElement('li');
      item.append(cardFor(parts.card, words, card, currency));
      return item;
    }),
  );
  showPages(parts, words, { ...state, page: answer.page }, lastPage, change);
}

async function start(form: HTMLFormElement, words: Words, staticList: HTMLElement | null): Promise<void> {
  const parts = partsOf(form);
  const known = knownOptions(parts.boxes);
  const base = form.dataset.base ?? '/';
  let index: BrowseIndex;
  try {
    const response = await fetch(`${base}api/browse-index.json`);
    if (!response.ok) throw new Error(`the browse index answered ${response.status}`);
    index = (await response.json()) as BrowseIndex;
  } catch {
    return;
  }
  const panels: Panels = {
    dialog: attachFiltersDialog(form, words.browse.filters),
    longFacets: attachLongFacets(form, words.browse),
  };
  const engine = createEngine(index);
  const positions = new Map(index.entries.map(({ card }, position) => [card.slug, position]));
  let currency = attachCurrencyPicker(form, (chosen) => {
    currency = chosen;
    for (const article of parts.results.querySelectorAll<HTMLElement>('article')) {
      const card = shownCards.get(article);
      const facts = article.querySelector<HTMLElement>('[data-facts]');
      if (card && facts) showFacts(facts, card.facts, currency);
    }
  });
  let { state, ignored } = stateFromUrl(window.location.search, known);
  let latest = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    const ticket = ++latest;
    showState(parts, state);
    const asked = state;
    const shown = (result: Answer) => {
      if (ticket === latest) showAnswer(parts, words, panels, asked, result, change, currency);
    };
    if (!asked.query) {
      void indexAnswer(engine, index, asked).then(shown);
      return;
    }
    // Names and codes answer at once; what the pages' text matches follows, after them.
    queryAnswer(base, engine, index, positions, asked, false).then(
      (names) => {
        shown(names);
        queryAnswer(base, engine, index, positions, asked, true).then(shown, () => {
          if (ticket !== latest) return;
          parts.status.textContent = t(words.browse.textSearchAfterBuild, { status: parts.status.textContent ?? '' });
        });
      },
      () => {
        if (ticket !== latest) return;
        parts.status.textContent = words.browse.searchFailed;
      },
    );
  };
  const change: Change = (next) => update(next, false);
  const update = (next: BrowseState, replace: boolean) => {
    state = next;
    ignored = [];
    showIgnored(parts, words, ignored);
    const url = `${window.location.pathname}${urlFromState(state)}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    render();
  };
  const applyQuery = (replace: boolean) => {
    const query = parts.query.value.trim();
    if (query === state.query) return;
    const sort = query && !state.query ? 'relevance' : !query && state.sort === 'relevance' ? 'name' : state.sort;
    update({ ...state, query, sort, page: 1 }, replace);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    applyQuery(false);
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      change(toggled(state, target.dataset.facet as FacetId, target.value));
    } else if (target === parts.sort) {
      change({ ...state, sort: parts.sort.value as BrowseState['sort'], page: 1 });
    }
  });
  parts.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => applyQuery(true), TYPING_PAUSE_MS);
  });
  parts.clear.addEventListener('click', () =>
    change({ ...state, query: '', filters: stateFromUrl('', known).state.filters, sort: 'name', page: 1 }),
  );
  window.addEventListener('popstate', () => {
    ({ state, ignored } = stateFromUrl(window.location.search, known));
    showIgnored(parts, words, ignored);
    render();
  });

  staticList?.setAttribute('hidden', '');
  form.hidden = false;
  showIgnored(parts, words, ignored);
  render();
}

/** The element: starts the browser once it is in the page, over the form and the static list it holds. */
class BrowseApp extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-browser]');
    if (form) void start(form, { browse, common }, document.querySelector<HTMLElement>('[data-static-list]'));
  }
}

customElements.define('browse-app', BrowseApp);
