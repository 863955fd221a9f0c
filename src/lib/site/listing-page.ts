/** What one page of a paginated listing (a category, a provider or a level) shows around its cards. */
import { messages, t, tp } from '../../i18n';
import { crumbsIn, SECTIONS, sectionCrumbs, type Crumb, type SectionId } from './sections';
import { breadcrumbJsonLd } from './structured-data';

/** The parts of Astro's `Page` a listing reads. */
interface ListingPageInput {
  currentPage: number;
  lastPage: number;
  /** 0-based indexes of the first and last certification shown. */
  start: number;
  end: number;
  total: number;
}

export interface ListingPage {
  /** The document title: the heading, with the page number after page 1. */
  title: string;
  path: string;
  crumbs: Crumb[];
  /** "Showing 13–24 of 40 certifications." or "7 certifications." */
  summary: string;
  structuredData: Record<string, unknown>[];
}

function pageOf(
  crumbs: Crumb[],
  heading: string,
  page: ListingPageInput,
  pageUrl: (pageNumber: number) => string,
): ListingPage {
  const paginated = page.lastPage > 1;
  const { summary } = messages.pages.listing;
  return {
    title: paginated
      ? t(messages.site.pagination.title, { heading, page: page.currentPage, pages: page.lastPage })
      : heading,
    path: pageUrl(page.currentPage),
    crumbs,
    summary: paginated
      ? t(summary.paginated, { first: page.start + 1, last: page.end + 1, total: page.total })
      : tp(summary.whole, page.total),
    structuredData: [breadcrumbJsonLd(crumbs, pageUrl(1))],
  };
}

/** One page of the listing named `heading` in `section`; `pageUrl` gives the address of page n. */
export function listingPage(
  section: SectionId,
  heading: string,
  page: ListingPageInput,
  pageUrl: (pageNumber: number) => string,
): ListingPage {
  return pageOf(crumbsIn(section, heading), heading, page, pageUrl);
}

/** One page of a section's own listing (the browse page lists every certification). */
export function sectionPage(
  section: SectionId,
  page: ListingPageInput,
  pageUrl: (pageNumber: number) => string,
): ListingPage {
  return pageOf(sectionCrumbs(section), SECTIONS[section].name, page, pageUrl);
}
