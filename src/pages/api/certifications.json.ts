import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { certificationsApi } from '../../lib/site/api';
import { jsonResponse } from '../../lib/site/responses';
import { absoluteUrl, paths } from '../../lib/site/routes';

/** Every certification as JSON: `/api/certifications.json`. */
export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return jsonResponse(certificationsApi(catalogue, (slug) => absoluteUrl(paths.certification(slug))));
};
