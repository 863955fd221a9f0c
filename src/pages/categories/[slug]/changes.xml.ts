import { siteConfig } from '../../../site.config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/catalogue/queries';
import { changeFeed, groupChangeFeedPaths } from '../../../lib/site/changes';

export const getStaticPaths = (async () =>
  groupChangeFeedPaths((await getCatalogue()).categories, siteConfig.repository)) satisfies GetStaticPaths;

/** The latest changes of one category's certifications: `/categories/<slug>/changes.xml`. */
export const GET: APIRoute<ReturnType<typeof groupChangeFeedPaths>[number]['props']> = ({ props }) =>
  changeFeed(props.changes, siteConfig, props.name);
