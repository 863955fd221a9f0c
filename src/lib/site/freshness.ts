/**
 * The `/freshness/` page: how fresh the catalogue's facts are, which providers' entries most need a
 * check against the official page, what retires soon, and what changed lately. For editors choosing
 * what to check next, and for students who want to know how far to trust the numbers.
 */
import { formats } from '../../i18n/browser';
import { CHECK_AGE_OPTIONS, type FacetId } from '../browse/facets';
import { messages } from '../../i18n';
import { emptyState, urlFromState } from '../browse/state';
import type { Catalogue } from '../catalogue/catalogue';
import type { CheckAge } from '../catalogue/verification';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import { catalogueDates } from './calendar';
import { dateSummary } from '../values/certification-dates';
import type { CatalogueChange } from './changes';
import { paths } from './routes';

/** How many providers the "most in need of a check" table lists. */
export const PROVIDERS_TO_CHECK = 15;
/** How many recent changes the page lists before sending the reader to `/changes/`. */
export const RECENT_CHANGES = 10;

export interface AgeRow {
  age: CheckAge;
  label: string;
  count: number;
  /** Share of the current entries, in whole percent. */
  percent: number;
  /** The browse page filtered on this age. */
  href: string;
}

export interface ProviderToCheck {
  name: string;
  href: string;
  /** Current entries not checked in the last 12 months. */
  unchecked: number;
  current: number;
  /** The browse page filtered on this provider's entries that need a check. */
  browseHref: string;
}

export interface DatedItem {
  href: string;
  title: string;
  provider: string;
  summary: string;
  date: CalendarDate;
  dateText: string;
  calendarHref: string;
}

export interface FreshnessView {
  /** Current (not retired) entries: a retired one's facts no longer need checking. */
  current: number;
  ages: AgeRow[];
  providers: ProviderToCheck[];
  upcoming: DatedItem[];
  recent: DatedItem[];
  changes: CatalogueChange[];
}

const browseHref = (filters: Partial<Record<FacetId, string[]>>) =>
  `${paths.browse()}${urlFromState({ ...emptyState(), filters: { ...emptyState().filters, ...filters } })}`;

/**
 * The page's view. Providers come in the order of how many current entries they have: a static site
 * knows nothing of what students look for, and a provider's weight in the catalogue is the best stand-in
 * it has (a provider with many certifications is one many students meet).
 */
export function freshnessView(
  catalogue: Catalogue,
  changes: readonly CatalogueChange[],
  today: CalendarDate,
): FreshnessView {
  const current = catalogue.certifications.filter((certification) => certification.current);
  const ages = CHECK_AGE_OPTIONS.map(({ slug }) => {
    const count = current.filter((certification) => certification.checkAge === slug).length;
    return {
      age: slug,
      label: messages.browse.options.checked[slug],
      count,
      percent: current.length === 0 ? 0 : Math.round((count / current.length) * 100),
      href: browseHref({ checked: [slug] }),
    };
  });
  const stale: CheckAge = 'older-or-never';
  const providers = catalogue.providers
    .map((provider) => {
      const currentOfProvider = provider.certifications.filter((certification) => certification.current);
      return {
        name: provider.name,
        href: paths.provider(provider.slug),
        unchecked: currentOfProvider.filter((certification) => certification.checkAge === stale).length,
        current: currentOfProvider.length,
        browseHref: browseHref({ provider: [provider.slug], checked: [stale] }),
      };
    })
    .filter((provider) => provider.unchecked > 0)
    .sort((a, b) => b.current - a.current || b.unchecked - a.unchecked || a.name.localeCompare(b.name, formats.numbers))
    .slice(0, PROVIDERS_TO_CHECK);
  const dated = catalogueDates(catalogue.certifications, today).map((step) => ({
    href: paths.certification(step.slug),
    title: step.title,
    provider: step.provider,
    summary: dateSummary(step),
    date: step.date,
    dateText: formatCalendarDate(step.date),
    calendarHref: paths.certificationCalendar(step.slug),
  }));
  // A month (`2027-03`) is still to come until it ends: it sorts before its days.
  const thisMonth = today.slice(0, 7);
  const isUpcoming = (date: CalendarDate) => (date.length === 7 ? date >= thisMonth : date >= today);
  return {
    current: current.length,
    ages,
    providers,
    upcoming: dated.filter((item) => isUpcoming(item.date)),
    recent: dated.filter((item) => !isUpcoming(item.date)).reverse(),
    changes: changes.slice(0, RECENT_CHANGES),
  };
}
