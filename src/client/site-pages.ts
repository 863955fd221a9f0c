/**
 * Addresses of the site's own pages as browser code builds them: below the base path the layout
 * writes on `<html data-base>` (the API's `url` is the published address, not a preview's).
 */

/** The site's base path, `/` or `/certs/`. */
export const basePath = (): string => document.documentElement.dataset.base ?? '/';

/** The page of a certification on this site. */
export const certificationPage = (slug: string): string => `${basePath()}${slug}/`;
