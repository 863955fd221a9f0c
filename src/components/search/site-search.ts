/**
 * `<site-search>`, the header's search box (SearchForm.astro beside it renders the form and styles what
 * this script draws). The bootstrap loads this module the first time the box is used; defining the
 * element then upgrades the box. Results as you type, with the ARIA combobox pattern: arrow keys move
 * through the results, Enter opens one (or the browse page with the query), Escape closes. Every
 * value from the index or the box is written as text, never as markup.
 */
import { excerptParts, loadPagefind, type PagefindResultData } from '../../client/pagefind';
import { element } from '../../client/dom';

/** How many results the box shows; the rest are one link away on the browse page. */
const SHOWN = 6;
/** How long typing must pause before a search runs. */
const PAUSE_MS = 120;

/** The summary line of a result: provider, level and fee from the index's metadata. */
function summaryOf(data: PagefindResultData): string {
  return [data.meta.provider, data.meta.level, data.meta.fee].filter(Boolean).join(' · ');
}

/** One result as an option of the list: its title, summary and excerpt, as text. */
function optionFor(data: PagefindResultData, index: number): HTMLLIElement {
  const option = element('li', 'search-result');
  option.id = `site-search-result-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.url = data.url;
  const excerpt = element('span', 'search-excerpt');
  for (const part of excerptParts(data.excerpt)) {
    excerpt.append(part.marked ? element('mark', undefined, part.text) : part.text);
  }
  option.append(
    element('span', 'search-title', data.meta.title ?? data.url),
    element('span', 'search-summary', summaryOf(data)),
    excerpt,
  );
  return option;
}

/** Turns the header form into a combobox with a list of results below it. */
function attachSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const base = form.dataset.base ?? '/';
  const browseUrl = form.action;
  const panel = element('div', 'search-results');
  panel.hidden = true;
  const listbox = element('ul', 'search-options');
  listbox.id = 'site-search-results';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
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

  const show = (results: PagefindResultData[], total: number, query: string) => {
    options = results.map(optionFor);
    for (const option of options) {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => open(option.dataset.url ?? browseUrl));
    }
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    const all = element(
      'a',
      undefined,
      total === 0 ? `No certification matches “${query}”. Browse them all` : `See all ${total} results`,
    );
    all.href = total > 0 ? browseUrlFor(query) : browseUrl;
    allLink = total > 0 ? all : undefined;
    showPanel(all, options.length > 0);
    status.textContent = total === 1 ? '1 result' : `${total} results`;
    activate(-1);
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length === 0) {
      close();
      return;
    }
    try {
      const pagefind = await loadPagefind(base);
      const response = await pagefind.search(query);
      if (!response || ticket !== latest) return;
      const results = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
      if (ticket === latest) show(results, response.results.length, query);
    } catch {
      if (ticket !== latest) return;
      options = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      showPanel('Search works on the built site (npm start), not in npm run dev.', false);
    }
  };

  input.addEventListener('input', () => {
    // "See all" opens what is typed now, even before the results catch up with it.
    const query = input.value.trim();
    if (allLink && query.length > 0) allLink.href = browseUrlFor(query);
    clearTimeout(timer);
    timer = setTimeout(run, PAUSE_MS);
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
    if (form && input) attachSearch(form, input);
  }
}

customElements.define('site-search', SiteSearch);
