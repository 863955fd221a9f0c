/**
 * A certification body rendered to HTML, in the form Astro's content store keeps it: what the body
 * renderer (src/integrations/render-body.ts) gives and the loader (src/lib/files/loader.ts) stores.
 */

/** A heading of a body, as Astro's `render()` reports it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A rendered body: its HTML, its headings and the local images it names. */
export interface RenderedBody {
  html: string;
  metadata: { headings: BodyHeading[]; imagePaths: string[] };
}
