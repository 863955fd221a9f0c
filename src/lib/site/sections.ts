/** The site's sections: their names and addresses, for the header, the index pages and the breadcrumbs. */
import { messages } from '../../i18n';
import { paths } from './routes';

/** A step of a breadcrumb trail; the current page has no `href`. */
export interface Crumb {
  name: string;
  href?: string;
}

/** The home page, the first crumb of every trail. */
const names = messages.site.sections;

export const HOME = { name: names.home, href: paths.home() } as const satisfies Crumb;

/** The sections listed in the main navigation, in order. */
export const SECTIONS = {
  certifications: { name: names.certifications, href: paths.browse() },
  roles: { name: names.roles, href: paths.roles() },
  categories: { name: names.categories, href: paths.categories() },
  providers: { name: names.providers, href: paths.providers() },
  levels: { name: names.levels, href: paths.levels() },
  map: { name: names.map, href: paths.map() },
  compare: { name: names.compare, href: paths.compare() },
} as const satisfies Record<string, Required<Crumb>>;

export type SectionId = keyof typeof SECTIONS;

/** The trail from the home page to an index page (`Home / Categories`). */
export function sectionCrumbs(section: SectionId): Crumb[] {
  return [HOME, { name: SECTIONS[section].name }];
}

/** The trail from the home page to a page inside a section (`Home / Categories / Cloud certifications`). */
export function crumbsIn(section: SectionId, name: string): Crumb[] {
  return [HOME, SECTIONS[section], { name }];
}
