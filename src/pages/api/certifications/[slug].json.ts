import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/catalogue/queries';
import { certificationDocument } from '../../../lib/site/api';
import { jsonResponse } from '../../../lib/site/responses';
import { absoluteUrl, paths } from '../../../lib/site/routes';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  return catalogue.certifications.map((certification) => ({
    params: { slug: certification.slug },
    props: { certification, catalogue },
  }));
}) satisfies GetStaticPaths;

/** One certification as JSON: `/api/certifications/<slug>.json`, what the compare page reads. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  jsonResponse(
    certificationDocument(props.certification, props.catalogue, (slug) => absoluteUrl(paths.certification(slug))),
  );
