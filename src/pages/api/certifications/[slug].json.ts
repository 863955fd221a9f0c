import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeyOf } from '../../../lib/catalogue/cache-key';
import { getCatalogue } from '../../../lib/catalogue/queries';
import { certificationDocument } from '../../../lib/site/api';
import { jsonResponse } from '../../../lib/site/responses';
import { absoluteUrl, paths } from '../../../lib/site/routes';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  const pageUrl = (slug: string) => absoluteUrl(paths.certification(slug));
  return catalogue.certifications.map((certification) => {
    const document = certificationDocument(certification, catalogue, pageUrl);
    return { params: { slug: certification.slug }, props: { document }, cacheKey: cacheKeyOf(document) };
  });
}) satisfies GetStaticPaths;

/** One certification as JSON: `/api/certifications/<slug>.json`, what the compare page reads. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  jsonResponse(props.document);
