import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The benchmark's entries, from CERTIFICATIONS_DIR, with any front matter accepted as it is. */
const certifications = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.CERTIFICATIONS_DIR ?? './entries' }),
  schema: z.looseObject({}),
});

export const collections = { certifications };
