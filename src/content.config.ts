import { defineCollection } from 'astro:content';
import { certificationLoader } from './lib/certification-loader';
import { certificationSchema } from './lib/certification-schema';
import { siteConfig } from './site.config';

const certifications = defineCollection({
  loader: certificationLoader(siteConfig.certificationsDir),
  schema: certificationSchema,
});

export const collections = { certifications };
