/**
 * The certifications a student picked to compare: at most four, kept in `localStorage` and mirrored
 * in the compare page's URL (`/compare/?ids=a,b,c`). Whatever the URL or the storage holds is data:
 * only slugs in file-name form are kept, titles are text, and everything else is reported or dropped.
 */

/** How many certifications a comparison holds. */
export const MAX_COMPARED = 4;

/** Where the selection is kept in the browser. */
export const STORAGE_KEY = 'cert-compass:compare';

/** The event the page's scripts send each other when the selection changes. */
export const SELECTION_EVENT = 'cert-compass:compare';

/** A slug: lowercase letters and digits in hyphen-separated words, as certification files are named. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug or title kept; anything longer is not the site's. */
const MAX_LENGTH = 200;

/** A picked certification: its slug, and its title for the tray (shown as text). */
export interface Picked {
  slug: string;
  title: string;
}

/** True when a value could be a certification's slug. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_LENGTH && SLUG.test(value);
}

/** The ids of a compare URL's `ids` parameter, as the page reads them. */
export interface RequestedIds {
  /** Slugs to look up, in order, without repeats, at most four. */
  slugs: string[];
  /** Values that are not slugs: named in the page's message, never looked up. */
  invalid: string[];
  /** Slugs past the fourth: left out, and the page says so. */
  dropped: string[];
}

/** Reads `a,b,c` (from `?ids=`): trimmed, repeats dropped, non-slugs set aside, the first four kept. */
export function parseIds(text: string): RequestedIds {
  const values = [
    ...new Set(
      text
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
  const slugs = values.filter(isSlug);
  return {
    slugs: slugs.slice(0, MAX_COMPARED),
    invalid: values.filter((value) => !isSlug(value)).map((value) => value.slice(0, MAX_LENGTH)),
    dropped: slugs.slice(MAX_COMPARED),
  };
}

/** The selection kept in storage, or an empty one when the stored text is missing or not the site's. */
export function parseStored(text: string | null): Picked[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const picked: Picked[] = [];
  for (const item of value as unknown[]) {
    const { slug, title } = (item ?? {}) as Partial<Record<keyof Picked, unknown>>;
    if (typeof slug !== 'string' || !isSlug(slug) || picked.some((other) => other.slug === slug)) continue;
    picked.push({ slug, title: typeof title === 'string' ? title.slice(0, MAX_LENGTH) : slug });
  }
  return picked.slice(0, MAX_COMPARED);
}

/** The selection with one certification added or removed; `full` when it was not added for lack of room. */
export function toggled(selection: readonly Picked[], item: Picked): { selection: Picked[]; full: boolean } {
  if (selection.some((other) => other.slug === item.slug)) {
    return { selection: selection.filter((other) => other.slug !== item.slug), full: false };
  }
  if (selection.length >= MAX_COMPARED) return { selection: [...selection], full: true };
  return { selection: [...selection, item], full: false };
}

/** The compare page's query string for a selection: `?ids=a,b` and, for the plan, `&view=plan`. */
export function compareQuery(slugs: readonly string[], view: 'table' | 'plan' = 'table'): string {
  const ids = slugs.length > 0 ? `ids=${slugs.join(',')}` : '';
  const plan = view === 'plan' ? 'view=plan' : '';
  const query = [ids, plan].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
