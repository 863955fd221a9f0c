/**
 * An Astro integration that builds the Pagefind search index of the built site, after `astro build`:
 * only certification pages are indexed (they alone carry `data-pagefind-body`), with their filters,
 * sort keys and metadata. The index is written to `<dist>/pagefind/`. `astro dev` has no index.
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages when it reports errors. */
function assertNoErrors<Response extends { errors: string[] }>(response: Response, step: string): Required<Response> {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response as Required<Response>;
}

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

/** The integration: indexes the built site once the build is done. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cert-compass:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: 'en' }), 'start an index');
          const { page_count } = assertNoErrors(
            await index.addDirectory({ path: fileURLToPath(dir) }),
            'read the built pages',
          );
          const output = new URL('./pagefind/', dir);
          assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(output) }), 'write the index');
          // The site draws its own interface on Pagefind's API: its ready-made interfaces are not shipped.
          for (const file of UNUSED_FILES) await rm(new URL(file, output), { force: true });
          logger.info(`Search index: ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
