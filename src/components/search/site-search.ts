/**
 * `<site-search>`, the header's search box (SearchForm.astro beside it renders the form and styles what
 * this script draws). The bootstrap loads this module the first time the box is used; defining the
 * element then upgrades the box. Results as you type, with the ARIA combobox pattern: arrow keys move
 * through the results, Enter opens one (or the browse page with the query), Escape closes. The names
 * and codes answer at once from the search index (the ranking the browse page uses too); matches in the
 * pages' text and their excerpts follow when typing pauses. Every value from the index or the box is
 * written as text, never as markup.
 */
import { excerptParts } from '../../client/pagefind';
import { loadSearch, textMatches } from '../../client/search';
import { element } from '../../client/dom';
import { t, tp } from '../../i18n/browser';
import { search } from '../../i18n/en/search';
import { listedByDefault, type RankedResult } from '../../lib/search/ranking';

/** How many results the box shows; the rest are one link away on the browse page. */
const SHOWN = 6;
/** How long typing must pause before the pages' text is searched (names and codes answer at every key). */
const PAUSE_MS = 120;

/** The summary line of a result: provider and exam code (codes are not unique across providers), and "Retired". */
function summaryOf({ document }: RankedResult, words: typeof search): string {
  return [document.provider, document.codes[0], document.retired ? words.retired : undefined]
    .filter(Boolean)
    .join(' · ');
}

/** One result as an option of the list: its title, summary and excerpt, as text. */
function optionFor(result: RankedResult, words: typeof search, index: number, excerpt = ''): HTMLLIElement {
  const option = element('li', 'search-result');
  option.id = `site-search-result-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.url = result.document.url;
  const excerptLine = element('span', 'search-excerpt');
  for (const part of excerptParts(excerpt)) {
    excerptLine.append(part.marked ? element('mark', undefined, part.text) : part.text);
  }
  option.append(
    element('span', 'search-title', result.document.title),
    element('span', 'search-summary', summaryOf(result, words)),
  );
  if (excerpt) option.append(excerptLine);
  return option;
}

/** Every certification matching `query`, in the box's order: names and codes, then what the pages' text matches. */
async function rankWithText(base: string, query: string) {
  const [search, text] = await Promise.all([loadSearch(base), textMatches(base, query)]);
  return { ranked: search.rank(query, text.slugs), text };
}

/** Turns the header form into a combobox with a list of results below it, writing the search section's `words`. */
function attachSearch(form: HTMLFormElement, input: HTMLInputElement, words: typeof search): void {
  const base = form.dataset.base ?? '/';
  const browseUrl = form.action;
  const panel = element('div', 'search-results');
  panel.hidden = true;
  const listbox = element('ul', 'search-options');
  listbox.id = 'site-search-results';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', words.results);
  const footer = element('p', 'search-all');
  panel.append(listbox, footer);
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(panel, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLLIElement[] = [];
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let allLink: HTMLAnchorElement | undefined;
  const browseUrlFor = (query: string) => {
    const target = new URL(browseUrl);
    target.searchParams.set('q', query);
    return target.href;
  };

  const open = (url: string) => window.location.assign(url);
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const activate = (index: number) => {
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    active = index;
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const showPanel = (footerContent: Node | string, expanded: boolean) => {
    footer.replaceChildren(footerContent);
    panel.hidden = false;
    input.setAttribute('aria-expanded', String(expanded));
  };

  const show = (ranked: readonly RankedResult[], excerpts: ReadonlyMap<string, string>, query: string) => {
    // When the pages' text redraws the list of the same query, the option the student is on stays chosen.
    const activeUrl = listbox.dataset.query === query ? options[active]?.dataset.url : undefined;
    // "See all" leads to the browse page, which hides retired certifications the query does not name.
    const total = listedByDefault(ranked).length;
    options = ranked
      .slice(0, SHOWN)
      .map((result, index) => optionFor(result, words, index, excerpts.get(result.document.slug)));
    for (const option of options) {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => open(option.dataset.url ?? browseUrl));
    }
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    // The query the list answers, for the relevance test to wait on.
    listbox.dataset.query = query;
    const all = element('a', undefined, total === 0 ? t(words.noMatch, { query }) : t(words.seeAll, { total }));
    all.href = total > 0 ? browseUrlFor(query) : browseUrl;
    allLink = total > 0 ? all : undefined;
    showPanel(all, options.length > 0);
    status.textContent = tp(words.found, total);
    activate(options.findIndex((option) => activeUrl !== undefined && option.dataset.url === activeUrl));
  };

  /** Adds what the pages' text matches, after the names and codes, with excerpts. */
  const addTextMatches = async (ticket: number, query: string) => {
    try {
      const { ranked, text } = await rankWithText(base, query);
      const excerpts = await text.excerpts(SHOWN * 2);
      if (ticket === latest) show(ranked, excerpts, query);
    } catch {
      // Without Pagefind's index (astro dev), names and codes are all there is.
    }
    if (ticket === latest) listbox.setAttribute('aria-busy', 'false');
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    clearTimeout(timer);
    if (query.length === 0) {
      close();
      return;
    }
    try {
      const search = await loadSearch(base);
      if (ticket !== latest) return;
      show(search.rank(query), new Map(), query);
      // Matches in the pages' text may still join the list.
      listbox.setAttribute('aria-busy', 'true');
      timer = setTimeout(() => void addTextMatches(ticket, query), PAUSE_MS);
    } catch {
      if (ticket !== latest) return;
      options = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      showPanel(words.failed, false);
    }
  };

  input.addEventListener('input', () => {
    // "See all" opens what is typed now, even before the results catch up with it.
    const query = input.value.trim();
    if (allLink && query.length > 0) allLink.href = browseUrlFor(query);
    void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden || options.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? active + 1 : active - 1;
      activate(next >= options.length ? 0 : next < 0 ? options.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(options[active]?.dataset.url ?? browseUrl);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!panel.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  if (input.value.trim()) void run();
}

/** The element: once defined, turns the form it holds into the combobox. */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-site-search]');
    const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
    if (form && input) attachSearch(form, input, search);
  }

  /**
   * The slugs of every certification the box finds for `query`, in the order it lists them, without
   * drawing them: what the relevance set checks in the browser for fifty queries in a few seconds.
   */
  async results(query: string): Promise<string[]> {
    const base = this.querySelector<HTMLFormElement>('form[data-site-search]')?.dataset.base ?? '/';
    const { ranked } = await rankWithText(base, query.trim());
    return ranked.map(({ document }) => document.slug);
  }
}

customElements.define('site-search', SiteSearch);
