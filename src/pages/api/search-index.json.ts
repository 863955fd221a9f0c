import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { searchDocuments } from '../../lib/site/search-documents';

/**
 * The search box's index of names and codes: `/api/search-index.json`. Internal to the site (its shape
 * follows src/lib/search/document.ts); the public API is `/api/certifications.json`.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchDocuments(await getCatalogue())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
