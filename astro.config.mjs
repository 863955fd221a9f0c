// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { clientScripts } from './src/integrations/client-scripts';
import { BODY_HAST_PLUGINS, BODY_MDAST_PLUGINS } from './src/integrations/body-pipeline';
import { notMovedPage } from './src/integrations/moved-pages';
import { pagefindIndex } from './src/integrations/pagefind';
import { quietKnownWarnings } from './src/integrations/quiet-known-warnings';
import { siteConfig } from './src/site.config';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  cacheDir: siteConfig.cacheDir,
  output: 'static',
  // Styles as files, not inline blocks: cached once for every page, and allowed by a plain
  // `style-src 'self'` in public/_headers without per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs as WebAssembly, which a CSP blocks without 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No syntax highlighting: Shiki's inline styles would break the CSP, and entries rarely hold code.
  markdown: {
    processor: satteri({ mdastPlugins: BODY_MDAST_PLUGINS, hastPlugins: BODY_HAST_PLUGINS }),
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    sitemap({ filter: notMovedPage(siteConfig.certificationsDir) }),
    clientScripts(),
    pagefindIndex(),
  ],
  // A page whose data (its cacheKey, src/lib/catalogue/cache-key.ts) and code are unchanged since the last
  // build is copied from the cache folder instead of rendered again.
  experimental: { incrementalBuild: true },
  // One stylesheet for the whole site (about 3 KB gzipped): downloaded once, cached for every page.
  vite: { build: { cssCodeSplit: false, rolldownOptions: { onLog: quietKnownWarnings } } },
});
