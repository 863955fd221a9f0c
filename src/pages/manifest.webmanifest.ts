import { siteConfig } from '../site.config';
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/site/icons';
import { jsonResponse } from '../lib/site/responses';

/** The web app manifest: name, colours and icons, so a browser can install the site. */
export const GET: APIRoute = () => jsonResponse(webManifest(siteConfig), 'application/manifest+json');
