import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/catalogue/queries';
import { catalogueChanges, changeFeed } from '../lib/site/changes';
import { siteConfig } from '../site.config';

/** The latest changes of the whole catalogue's facts: `/changes.xml`. */
export const GET: APIRoute = async () =>
  changeFeed(catalogueChanges((await getCatalogue()).certifications, siteConfig.repository), siteConfig);
