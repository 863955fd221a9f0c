import type { APIRoute } from 'astro';
import { certificationJsonSchema } from '../../lib/site/api-schema';
import { jsonResponse } from '../../lib/site/responses';
import { absoluteUrl, paths } from '../../lib/site/routes';

/** The JSON Schema of one certification in the API: `/api/certification.schema.json`. */
export const GET: APIRoute = () =>
  jsonResponse(certificationJsonSchema(absoluteUrl(paths.apiSchema())), 'application/schema+json');
