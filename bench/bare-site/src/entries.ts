/**
 * What the bare site's pages read from an entry's front matter, whatever its shape: the schema accepts
 * anything, so these read the two fields the pages show defensively.
 */

/** The entry's title, or its id when the front matter has none. */
export function titleOf(data: object, id: string): string {
  const { title } = data as { title?: unknown };
  return typeof title === 'string' && title.trim() ? title : id;
}

/** The entry's category names (those with a URL segment), from a list of names or of `{ name }` objects. */
export function categoriesOf(data: object): string[] {
  const { categories } = data as { categories?: unknown };
  if (!Array.isArray(categories)) return [];
  return categories
    .map((category: unknown) =>
      typeof category === 'object' && category !== null ? (category as { name?: unknown }).name : category,
    )
    .filter((name): name is string => typeof name === 'string' && categorySlug(name) !== '');
}

/** A category's URL segment: lower case, words joined by hyphens. */
export function categorySlug(category: string): string {
  return category
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
