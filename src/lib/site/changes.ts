/**
 * The latest changes across the catalogue: every certification's history items (src/lib/site/fact-history.ts),
 * newest first, for the `/changes/` pages and the change feeds (the whole catalogue, one per provider and
 * one per category), so a student can follow what they care about in any feed reader.
 */
import { formats } from '../../i18n/browser';
import rss from '@astrojs/rss';
import { messages, t } from '../../i18n';
import { cacheKeyOf } from '../catalogue/cache-key';
import type { Certification, TermGroup } from '../catalogue/catalogue';
import { historyItemId, historyView, type HistoryItem } from './fact-history';
import type { FeedItem } from './feed';
import type { Repository } from './repository-links';
import { absoluteUrl, paths } from './routes';

/** How many changes a feed holds. */
export const CHANGE_FEED_SIZE = 50;

/** How many changes a page of `/changes/` lists: they are short, more fit than certification cards. */
export const CHANGES_PER_PAGE = 50;

/** One certification's item of history, with the certification it belongs to. */
export interface CatalogueChange extends HistoryItem {
  slug: string;
  title: string;
  provider: string;
}

/** Every history item of `certifications`, newest first; on one day, by certification title. */
export function catalogueChanges(
  certifications: readonly Certification[],
  repository: Repository | undefined,
): CatalogueChange[] {
  return certifications
    .flatMap((certification) =>
      certification.history
        ? historyView(certification.history, repository).items.map((item) => ({
            ...item,
            slug: certification.slug,
            title: certification.title,
            provider: certification.providerLink.name,
          }))
        : [],
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, formats.numbers));
}

/** The newest `count` changes as feed items; `pageUrl` gives a certification page's absolute URL. */
export function changeFeedItems(
  changes: readonly CatalogueChange[],
  pageUrl: (slug: string) => string,
  count = CHANGE_FEED_SIZE,
): FeedItem[] {
  return changes.slice(0, count).map((change) => ({
    title: `${change.title}: ${change.lines.join('; ')}`,
    link: `${pageUrl(change.slug)}#${historyItemId(change.commit)}`,
    pubDate: new Date(`${change.date}T00:00:00Z`),
    description: `${change.lines.join('. ')}. ${change.title}, ${change.provider}.`,
    categories: [change.provider],
  }));
}

/** The site as a feed names it. */
export interface FeedSite {
  title: string;
  language: string;
}

/** The title of a change feed: the whole catalogue's (`name` undefined) or one provider's or category's. */
export function changeFeedTitle(siteTitle: string, name?: string): string {
  const words = messages.pages.feeds.changes;
  return name ? t(words.groupTitle, { site: siteTitle, name }) : t(words.title, { site: siteTitle });
}

/** A change feed as RSS: the whole catalogue's (`name` undefined) or one provider's or category's. */
export function changeFeed(changes: readonly CatalogueChange[], site: FeedSite, name?: string): Promise<Response> {
  return rss({
    title: changeFeedTitle(site.title, name),
    description: name
      ? t(messages.pages.feeds.changes.groupDescription, { name })
      : messages.pages.feeds.changes.description,
    site: absoluteUrl(paths.changes()),
    items: changeFeedItems(changes, (slug) => absoluteUrl(paths.certification(slug))),
    customData: `<language>${site.language}</language>`,
  });
}

/** The static paths of a feed per provider or per category: each group's newest changes, keyed by them. */
export function groupChangeFeedPaths(groups: readonly TermGroup[], repository: Repository | undefined) {
  return groups.map((group) => {
    const changes = catalogueChanges(group.certifications, repository).slice(0, CHANGE_FEED_SIZE);
    return {
      params: { slug: group.slug },
      props: { name: group.name, changes },
      cacheKey: cacheKeyOf(group.name, changes),
    };
  });
}
