// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { clientScripts } from './src/integrations/client-scripts';
import { externalLinkRel } from './src/integrations/external-link-rel';
import { focusableCodeBlocks } from './src/integrations/focusable-code-blocks';
import { ignoreJekyllLayout } from './src/integrations/ignore-jekyll-layout';
import { pagefindIndex } from './src/integrations/pagefind';
import { quietKnownWarnings } from './src/integrations/quiet-known-warnings';
import { siteConfig } from './src/site.config';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  output: 'static',
  // Styles as files, not inline blocks: cached once for every page, and allowed by a plain
  // `style-src 'self'` in public/_headers without per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs as WebAssembly, which a CSP blocks without 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No syntax highlighting: Shiki's inline styles would break the CSP, and entries rarely hold code.
  markdown: {
    processor: satteri({ mdastPlugins: [ignoreJekyllLayout], hastPlugins: [externalLinkRel, focusableCodeBlocks] }),
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap(), clientScripts(), pagefindIndex()],
  // One stylesheet for the whole site (about 3 KB gzipped): downloaded once, cached for every page.
  vite: { build: { cssCodeSplit: false, rolldownOptions: { onLog: quietKnownWarnings } } },
});
