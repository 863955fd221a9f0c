import { defineCollection, reference } from 'astro:content';
import { bodyRenderer } from './integrations/render-body';
import { certificationLoader, collectionSchema } from './lib/files/loader';
import { siteConfig } from './site.config';

const certifications = defineCollection({
  loader: certificationLoader(
    siteConfig.certificationsDir,
    siteConfig.today,
    siteConfig.bodyRenderer === 'loader' ? bodyRenderer() : undefined,
  ),
  schema: collectionSchema(reference),
});

export const collections = { certifications };
