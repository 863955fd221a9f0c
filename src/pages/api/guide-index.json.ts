import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { guideIndex } from '../../lib/site/guide-index';

/**
 * The guide's index: `/api/guide-index.json`. Internal to the site (its shape follows the guide); the
 * public API is `/api/certifications.json`.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(guideIndex(await getCatalogue())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
