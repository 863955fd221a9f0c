/**
 * During `astro build`, hands every certification page to the search index as soon as it is rendered
 * (src/integrations/search-index.ts), so Pagefind indexes it in its own process while the next pages
 * render. Every other request, and every request of `astro dev`, passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentSearchIndex } from './integrations/search-index';
import { siteConfig } from './site.config';

/** The route of a certification page. */
const CERTIFICATION_ROUTE = '/[slug]';

export const onRequest = defineMiddleware(async (context, next) => {
  const index = currentSearchIndex();
  if (!index || context.routePattern !== CERTIFICATION_ROUTE) return next();
  const indexPage = index.reserve(`/${context.url.pathname.slice(siteConfig.basePath.length)}`);
  const response = await next();
  indexPage(await response.clone().text());
  return response;
});
