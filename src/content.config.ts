import { defineCollection, reference } from 'astro:content';
import { certificationLoader, collectionSchema } from './lib/files/loader';
import { siteConfig } from './site.config';

const certifications = defineCollection({
  loader: certificationLoader(siteConfig.certificationsDir, siteConfig.today),
  schema: collectionSchema(reference),
});

export const collections = { certifications };
