/**
 * The parts of Pagefind's browser API the site uses, typed, and its loading. The index is built after
 * `astro build` (src/integrations/pagefind.ts), so `astro dev` has none: loading then fails and the
 * callers say search works after a build.
 */

/** A filter-only or full-text search's answer. */
export interface PagefindResponse {
  results: PagefindResult[];
  /** For each filter, the count of each value among these results. */
  filters: Record<string, Record<string, number>>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResultData {
  url: string;
  /** Words around the match, with each match in `<mark>`; HTML-escaped text otherwise. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  /** Every filter with every value's count; loads every filter's index, which searches then count too. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once from the site's `pagefind/` folder under `base` (`/` or `/certs/`). */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 18 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The excerpt as text and marked parts, so no HTML from the index ever reaches the page as markup. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
    '&#x27;': "'",
  };
  const decode = (text: string) =>
    text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7)), marked: true }
        : { text: decode(part.replace(/<[^>]*>/g, '')), marked: false },
    );
}
