import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { certificationsApi } from '../../lib/site/api';
import { absoluteUrl, paths } from '../../lib/site/routes';

/** Every certification as JSON: `/api/certifications.json`. */
export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  const api = certificationsApi(catalogue, (slug) => absoluteUrl(paths.certification(slug)));
  return new Response(`${JSON.stringify(api, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
