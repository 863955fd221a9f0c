import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../lib/site/routes';

/** Lets every crawler in and points it to the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
