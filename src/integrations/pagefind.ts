/**
 * An Astro integration that builds the Pagefind search index during `astro build`: it opens the index
 * when the build starts, the middleware hands it every certification page as it is rendered (only they
 * carry `data-pagefind-body`, with their filters, sort keys and metadata), and the index is written to
 * `<dist>/pagefind/` when the build is done. When the cache holds a previous build, most pages are
 * copied rather than rendered: Pagefind then reads them all from the output at the end, which is faster
 * than handing them over one by one. `astro dev` has no index.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { closeSearchIndex, openSearchIndex, type SearchIndexCollector } from './search-index';

/** Pagefind's ready-made search interfaces, which it writes next to the index. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Astro's record of the last build in its cache folder: when there is one, most pages will be copied
 * rather than rendered, and Pagefind reads them faster from disk, all at once, than one by one.
 */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** The integration: opens the index when a build starts, writes it once every page is rendered. */
export function pagefindIndex(): AstroIntegration {
  let collector: SearchIndexCollector | undefined;
  let cacheDir: URL | undefined;
  return {
    name: 'cert-compass:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        const previousBuild = cacheDir && existsSync(new URL(INCREMENTAL_MANIFEST, cacheDir));
        collector = openSearchIndex({ streamed: !previousBuild });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!collector) return;
        const started = performance.now();
        try {
          const output = new URL('./pagefind/', dir);
          const copied = await collector.addUnrendered(fileURLToPath(dir));
          const pages = await collector.write(fileURLToPath(output));
          // The site draws its own interface on Pagefind's API: its ready-made interfaces are not shipped.
          for (const file of UNUSED_FILES) await rm(new URL(file, output), { force: true });
          logger.info(
            `Search index: ${pages} pages (${copied} files read from the output), written in ` +
              `${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await closeSearchIndex();
          collector = undefined;
        }
      },
    },
  };
}
