/**
 * The RSS feed: certifications newly added to the catalogue or whose facts were re-verified, newest
 * first, each saying which, with its level and fee. An entry's date is the later of the day its file
 * was added (from git) and the day its facts were last verified; one with neither is left out.
 */
import { messages, t } from '../../i18n';
import type { Certification } from '../catalogue/catalogue';
import type { CalendarDate } from '../values/calendar-date';
import { feeInTwoCurrencies } from '../values/exchange';

/** How many entries the feed holds. */
export const FEED_SIZE = 50;

/** One item of the feed, in the form `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

const words = messages.pages.feeds.rss;

/** What happened to a certification on its feed date, and when. */
function newsOf(certification: Certification): { date: CalendarDate; what: string } | undefined {
  const { addedDate, lastVerified } = certification;
  if (lastVerified && (!addedDate || lastVerified > addedDate)) {
    return { date: lastVerified, what: t(words.reverified, { date: lastVerified }) };
  }
  return addedDate ? { date: addedDate, what: t(words.added, { date: addedDate }) } : undefined;
}

/** `Advanced · $300 (≈ ₹25,000) · Amazon Web Services (AWS)`: what a reader weighs first. */
function summaryOf(certification: Certification, secondCurrency: string): string {
  const fee = certification.fee && feeInTwoCurrencies(certification.fee, secondCurrency);
  const feeText = fee ? `${fee.official}${fee.second ? `, ${fee.second.text}` : ''}` : words.feeNotListed;
  return [certification.level, feeText, certification.providerLink.name].join(' · ');
}

/** The newest `count` items, newest first, ties by title; `pageUrl` gives each page's absolute URL. */
export function feedItems(
  certifications: readonly Certification[],
  pageUrl: (slug: string) => string,
  secondCurrency: string,
  count = FEED_SIZE,
): FeedItem[] {
  return certifications
    .flatMap((certification) => {
      const news = newsOf(certification);
      return news ? [{ certification, news }] : [];
    })
    .sort((a, b) => b.news.date.localeCompare(a.news.date))
    .slice(0, count)
    .map(({ certification, news }) => ({
      title: certification.title,
      link: pageUrl(certification.slug),
      pubDate: new Date(`${news.date}T00:00:00Z`),
      description: `${news.what}. ${summaryOf(certification, secondCurrency)}. ${certification.shortDescription}`,
      categories: certification.categoryLinks.map((category) => category.name),
    }));
}
