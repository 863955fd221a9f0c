// @ts-check
/**
 * The bare Astro site `npm run bench` builds beside the project: the same entries, with nothing but
 * Astro's MDX and sitemap integrations. Its packages resolve from the project's node_modules.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://certs.example.org',
  output: 'static',
  integrations: [mdx(), sitemap()],
});
