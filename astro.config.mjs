// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ignoreJekyllLayout } from './src/lib/build/ignore-jekyll-layout';
import { quietKnownWarnings } from './src/lib/build/quiet-known-warnings';
import { siteConfig } from './src/site.config';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: { processor: satteri({ mdastPlugins: [ignoreJekyllLayout] }) },
  integrations: [mdx(), sitemap()],
  vite: { build: { rolldownOptions: { onLog: quietKnownWarnings } } },
});
