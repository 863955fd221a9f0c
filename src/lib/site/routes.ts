/**
 * Every URL of the site is built here, so the base path and the trailing-slash style live in one place.
 * Functions return paths that already include `BASE_PATH`; `absoluteUrl` adds `SITE_URL`.
 */
import { siteConfig } from '../../site.config';

/** Prefixes a site-relative path (`categories/`) with the base path (`/certs/categories/`). */
export function withBase(path: string): string {
  return siteConfig.basePath + path.replace(/^\/+/, '');
}

/** The absolute URL of a path from `paths` (which already holds the base), for canonical links and JSON-LD. */
export function absoluteUrl(pathWithBase: string): string {
  return new URL(pathWithBase, siteConfig.siteUrl).href;
}

/** A path segment for a paginated listing: page 1 is the listing itself, page 2 is `2/`. */
function pageSuffix(page: number): string {
  return page > 1 ? `${page}/` : '';
}

/** What a share image is of: the home page, or one certification, category, provider or level. */
export type ShareImageKind = 'home' | 'certifications' | 'categories' | 'providers' | 'levels' | 'roles';

/** A share image's name below `og/`, without `.png`: `home`, `categories/cloud`. */
export function shareImageId(kind: ShareImageKind, slug?: string): string {
  return kind === 'home' ? kind : `${kind}/${slug}`;
}

/** Base-aware paths of every page type. */
export const paths = {
  home: (): string => withBase(''),
  certification: (slug: string): string => withBase(`${slug}/`),
  browse: (page = 1): string => withBase(`certifications/${pageSuffix(page)}`),
  categories: (): string => withBase('categories/'),
  category: (slug: string, page = 1): string => withBase(`categories/${slug}/${pageSuffix(page)}`),
  providers: (): string => withBase('providers/'),
  provider: (slug: string, page = 1): string => withBase(`providers/${slug}/${pageSuffix(page)}`),
  levels: (): string => withBase('levels/'),
  level: (slug: string, page = 1): string => withBase(`levels/${slug}/${pageSuffix(page)}`),
  compare: (): string => withBase('compare/'),
  myPlan: (): string => withBase('my-plan/'),
  roles: (): string => withBase('roles/'),
  guide: (): string => withBase('guide/'),
  guideIndex: (): string => withBase('api/guide-index.json'),
  role: (id: string): string => withBase(`roles/${id}/`),
  map: (page = 1): string => withBase(`map/${pageSuffix(page)}`),
  providerMap: (slug: string, page = 1): string => withBase(`map/${slug}/${pageSuffix(page)}`),
  sitemap: (): string => withBase('sitemap-index.xml'),
  rss: (): string => withBase('rss.xml'),
  changes: (page = 1): string => withBase(`changes/${pageSuffix(page)}`),
  changesFeed: (): string => withBase('changes.xml'),
  freshness: (): string => withBase('freshness/'),
  retirementsCalendar: (): string => withBase('retirements.ics'),
  certificationCalendar: (slug: string): string => withBase(`${slug}/dates.ics`),
  providerChangesFeed: (slug: string): string => withBase(`providers/${slug}/changes.xml`),
  categoryChangesFeed: (slug: string): string => withBase(`categories/${slug}/changes.xml`),
  api: (): string => withBase('api/certifications.json'),
  certificationApi: (slug: string): string => withBase(`api/certifications/${slug}.json`),
  csv: (): string => withBase('api/certifications.csv'),
  apiSchema: (): string => withBase('api/certification.schema.json'),
  shareImage: (id: string): string => withBase(`og/${id}.png`),
  font: (file: string): string => withBase(`fonts/${file}`),
};
