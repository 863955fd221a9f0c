import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue/queries';
import { certificationsCsv } from '../../lib/site/csv';
import { absoluteUrl, paths } from '../../lib/site/routes';

/** Every certification as a spreadsheet: `/api/certifications.csv`. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalogue();
  return new Response(
    certificationsCsv(certifications, (slug) => absoluteUrl(paths.certification(slug))),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
    },
  );
};
