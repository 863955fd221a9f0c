import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { browseIndex } from '../../lib/site/browse-index';

/**
 * The browse page's compact index: `/api/browse-index.json`. Internal to the site (its shape follows
 * the browse page); the public API is `/api/certifications.json`.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(browseIndex(await getCatalogue())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
