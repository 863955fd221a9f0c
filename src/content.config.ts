import { defineCollection, reference } from 'astro:content';
import { bodyRenderer } from './integrations/render-body';
import { certificationLoader, collectionSchema } from './lib/files/loader';
import { siteConfig } from './site.config';

const certifications = defineCollection({
  // The loader renders each body once (a body with a local image is left to MDX, which imports it).
  loader: certificationLoader(siteConfig.certificationsDir, siteConfig.today, bodyRenderer()),
  schema: collectionSchema(reference),
});

export const collections = { certifications };
