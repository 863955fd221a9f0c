import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { messages, t } from '../i18n';
import { getCatalogue } from '../lib/catalogue/queries';
import { feedItems } from '../lib/site/feed';
import { absoluteUrl, paths } from '../lib/site/routes';
import { siteConfig } from '../site.config';

/** Certifications newly added or re-verified: `/rss.xml`. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalogue();
  const words = messages.pages.feeds.rss;
  return rss({
    title: t(words.title, { site: siteConfig.title }),
    description: words.description,
    site: absoluteUrl(paths.home()),
    items: feedItems(certifications, (slug) => absoluteUrl(paths.certification(slug)), siteConfig.secondCurrency),
    customData: `<language>${siteConfig.language}</language>`,
  });
};
