/**
 * The one typed site configuration. Deployment values come from the environment so the same commit
 * can be published at any origin and under any sub-path; everything else is a constant of the site.
 */

import { messages } from './i18n';
import { parseCalendarDate } from './lib/fields/calendar-date';
import { todayUtc, type CalendarDate } from './lib/values/calendar-date';
import { FieldProblem } from './lib/fields/problem';
import { EXCHANGE_RATES, type ExchangeRates } from './lib/values/exchange';
import type { Repository } from './lib/site/repository-links';

/** Reads an optional environment variable, treating an empty string as unset. */
function fromEnvironment(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** `SITE_URL` must be an absolute http(s) origin such as `https://certs.example.org`. */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: found "${value}"; expected an absolute origin such as "https://certs.example.org"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: found "${value}"; expected an http(s) origin with no path (put a sub-path in BASE_PATH), such as ` +
        `"https://certs.example.org"`,
    );
  }
  return url.origin;
}

/** `BASE_PATH` is accepted with or without slashes (`certs`, `/certs`, `/certs/`) and always returned as `/certs/`. */
export function normalizeBasePath(value: string): string {
  const segments = value.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..') {
      throw new Error(
        `BASE_PATH: found "${value}"; expected a URL path made of letters, digits, ".", "_", "~" and "-", such as ` +
          `"/certs/"`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** `REPOSITORY_URL` must be the https address of a GitHub repository, such as `https://github.com/owner/repo`. */
export function parseRepositoryUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const segments = url?.pathname.split('/').filter(Boolean) ?? [];
  if (!url || url.protocol !== 'https:' || segments.length !== 2 || url.search || url.hash) {
    throw new Error(
      `REPOSITORY_URL: found "${value}"; expected the https address of a repository, such as ` +
        `"https://github.com/owner/cert-compass"`,
    );
  }
  return `${url.origin}/${segments.join('/').replace(/\.git$/, '')}`;
}

/** The repository from `REPOSITORY_URL` and `REPOSITORY_BRANCH`, or undefined when no URL is set. */
export function parseRepository(url: string | undefined, branch: string | undefined): Repository | undefined {
  return url === undefined ? undefined : { url: parseRepositoryUrl(url), branch: branch ?? 'main' };
}

/** `CERT_COMPASS_TODAY` fixes "today" (`YYYY-MM-DD`) for reproducible builds and tests. */
export function parseToday(value: string | undefined, now: Date = new Date()): CalendarDate {
  if (value === undefined) return todayUtc(now);
  try {
    return parseCalendarDate(value);
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    const message = `CERT_COMPASS_TODAY: found "${value}"; expected a date written YYYY-MM-DD, such as "2026-11-26"`;
    throw new Error(message, { cause: error });
  }
}

/** `SECOND_CURRENCY` must be an ISO 4217 code the exchange-rates file can convert, such as `INR` or `EUR`. */
export function parseSecondCurrency(value: string, exchange: ExchangeRates = EXCHANGE_RATES): string {
  const code = value.toUpperCase();
  if (exchange.rates[code] === undefined) {
    throw new Error(
      `SECOND_CURRENCY: found "${value}"; expected a currency of src/data/exchange-rates.json ` +
        `(${Object.keys(exchange.rates).join(', ')}), such as "INR"`,
    );
  }
  return code;
}

const cacheDir = fromEnvironment('CACHE_DIR') ?? './node_modules/.astro';

export const siteConfig = {
  /** Absolute origin used for canonical URLs, Open Graph and the sitemap (env `SITE_URL`). */
  siteUrl: parseSiteUrl(fromEnvironment('SITE_URL') ?? 'http://localhost:4321'),
  /** Sub-path the site is served under, always with a leading and trailing slash (env `BASE_PATH`). */
  basePath: normalizeBasePath(fromEnvironment('BASE_PATH') ?? '/'),
  /**
   * Where a build keeps what the next one reuses (env `CACHE_DIR`, default Astro's `node_modules/.astro`):
   * the content store with every rendered body. CI and deploy workflows keep it between runs; builds of
   * different catalogues running at once need one each.
   */
  cacheDir,
  /**
   * Where drawn share images are kept by the digest of what they show (env `SHARE_IMAGE_CACHE`, default
   * `share-images` in the cache folder). Builds of the same catalogue may share it, even at once.
   */
  shareImageCache: fromEnvironment('SHARE_IMAGE_CACHE') ?? `${cacheDir}/share-images`,
  /** Folder of certification files; tests and benchmarks point it elsewhere (env `CERTIFICATIONS_DIR`). */
  certificationsDir: fromEnvironment('CERTIFICATIONS_DIR') ?? './src/content/certifications',
  /**
   * The GitHub repository the site is built from (env `REPOSITORY_URL`) and its branch (env
   * `REPOSITORY_BRANCH`): "Edit this page" and "Report outdated information" links point there, and
   * are left out when no repository is set.
   */
  repository: parseRepository(fromEnvironment('REPOSITORY_URL'), fromEnvironment('REPOSITORY_BRANCH')),
  /**
   * The day the build runs (UTC), which decides what counts as outdated or in the future; env
   * `CERT_COMPASS_TODAY` fixes it, so that tests and reproducible builds do not depend on the clock.
   */
  today: parseToday(fromEnvironment('CERT_COMPASS_TODAY')),
  /**
   * The currency every fee is also shown in, approximately (env `SECOND_CURRENCY`, default INR as the
   * original entry gives it): the editor's own approximation when the file has one, else a conversion
   * with the dated rates of src/data/exchange-rates.json.
   */
  secondCurrency: parseSecondCurrency(fromEnvironment('SECOND_CURRENCY') ?? 'INR'),
  /** Site name, shown in the header, titles and structured data. */
  title: 'Cert Compass',
  /** One sentence about the site, in the site's language (src/i18n): the home page's meta description. */
  description: messages.site.description,
  /** BCP 47 language of the pages: the message catalogue's (src/i18n). */
  language: messages.formats.language,
  /** How many certifications one category, provider or level page lists before paginating. */
  pageSize: 12,
  /** How many related certifications a certification page suggests. */
  relatedCount: 4,
  /** How many recently verified certifications the home page shows. */
  featuredCount: 6,
  /** The most certification chips one page of the map holds, so it stays within the HTML budget. */
  mapChipsPerPage: 300,
  /** Providers with at least this many certifications get a map of their own. */
  mapProviderMinimum: 3,
} as const;
