/**
 * Where the old addresses of renamed, split or merged categories and providers lead: a category's
 * former names to it, a category split into others to the list of categories, a provider's former
 * names to it.
 */
import { messages } from '../../i18n';
import type { TermMove } from '../catalogue/listings';
import { CATEGORY_RULES } from '../catalogue/category-rules';
import { formerProviderNames } from '../catalogue/providers';
import { termSlug } from '../text/slug';
import { paths } from './routes';

/** The moves of categories. */
export function categoryMoves(): TermMove[] {
  return [
    ...CATEGORY_RULES.categories.flatMap((category) =>
      category.formerNames.map((from) => ({
        from,
        to: { href: paths.category(category.slug), name: category.name },
        toSlug: category.slug,
      })),
    ),
    ...[...CATEGORY_RULES.retired.keys()].map((from) => ({
      from,
      to: { href: paths.categories(), name: messages.site.moved.allCategories },
    })),
  ];
}

/** The moves of providers. */
export function providerMoves(): TermMove[] {
  return formerProviderNames().map(({ former, current }) => ({
    from: former,
    to: { href: paths.provider(termSlug(current)), name: current },
    toSlug: termSlug(current),
  }));
}

/** The paths, below the base, of the pages at old category and provider addresses: `categories/ux-design/`. */
export function oldTermAddresses(): string[] {
  return [
    ...categoryMoves().map((move) => `categories/${termSlug(move.from)}/`),
    ...providerMoves().map((move) => `providers/${termSlug(move.from)}/`),
  ];
}
