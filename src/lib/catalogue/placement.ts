/**
 * Where the rules place an entry, read from its checked front matter: its level (from the provider's
 * ladder, the general rule or a recorded exception) and its categories. The content tests compare every
 * file with this, and the page says where the level comes from.
 */
import type { CertificationData } from '../schema';
import { placeCategories } from './category-rules';
import { placeLevel, type LevelPlacement } from './ladders';

type PlacedFields = Pick<CertificationData, 'title' | 'provider' | 'examCode' | 'prerequisites' | 'domains'>;

const entryOf = (slug: string, data: PlacedFields) => ({
  slug,
  title: data.title,
  provider: data.provider,
  ...(data.examCode !== undefined && { examCode: data.examCode }),
});

/** The level the rules give an entry, and where it comes from. */
export function levelPlacementOf(slug: string, data: PlacedFields): LevelPlacement {
  return placeLevel({ ...entryOf(slug, data), prerequisites: data.prerequisites });
}

/** The categories the rules give an entry, its provider's first. */
export function categoriesPlacedFor(slug: string, data: PlacedFields): string[] {
  return placeCategories({
    ...entryOf(slug, data),
    domains: data.domains.map((domain) => ({
      name: domain.name,
      ...(domain.weightPercent !== undefined && { weight: domain.weightPercent }),
    })),
  });
}
