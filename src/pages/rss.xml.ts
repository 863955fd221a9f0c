import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/catalogue/queries';
import { feedItems } from '../lib/site/feed';
import { absoluteUrl, paths } from '../lib/site/routes';
import { siteConfig } from '../site.config';

/** Certifications newly added or re-verified: `/rss.xml`. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalogue();
  return rss({
    title: `${siteConfig.title}: new and re-verified certifications`,
    description: 'Certifications newly added to the catalogue or whose facts were checked again, newest first.',
    site: absoluteUrl(paths.home()),
    items: feedItems(certifications, (slug) => absoluteUrl(paths.certification(slug)), siteConfig.secondCurrency),
    customData: `<language>${siteConfig.language}</language>`,
  });
};
