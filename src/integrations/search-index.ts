/**
 * The Pagefind index being built while Astro renders the pages. Pagefind indexes in a process of its
 * own, so handing it each certification page as soon as it is rendered (src/middleware.ts) lets it
 * work on the other core while Astro renders the rest, instead of reading every page from disk after
 * the build. The integration (pagefind.ts) opens it when a build starts and writes it when it ends; the
 * middleware and the integration live in different module graphs, so they meet on `globalThis`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { formats } from '../i18n/browser';

/** What the middleware hands pages to, during a build only. */
export interface SearchIndexCollector {
  /**
   * Holds a page's place in the index, when its rendering starts; `url` is its address below the base
   * path (`/isc2-cissp/`). Pages render several at once and finish in any order, but reach Pagefind in
   * the order they started, which is the build's own order: the index comes out the same every build.
   */
  reserve(url: string): (html: string) => void;
  /**
   * Indexes the certification pages of the built site that were not handed over as they were rendered
   * (an incremental build copied them from the last one, or the index is not streamed), in path order;
   * resolves to how many pages were read.
   */
  addUnrendered(siteFolder: string): Promise<number>;
  /**
   * Waits for every queued page and writes the index; resolves to the number of pages it holds, as
   * Pagefind counts them (a page read from the output without `data-pagefind-body` is not among them).
   */
  write(outputPath: string): Promise<number>;
}

const KEY = Symbol.for('cert-compass.search-index');
type WithCollector = typeof globalThis & { [KEY]?: SearchIndexCollector };

/** Fails with Pagefind's own messages when it reports errors. */
function assertNoErrors<Response extends { errors: string[] }>(response: Response, step: string): Required<Response> {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response as Required<Response>;
}

/** The attribute that marks what Pagefind indexes; only certification pages carry it. */
const INDEXED_ATTRIBUTE = 'data-pagefind-body';

/**
 * Opens an index for this build. `streamed`: rendered pages are handed to it as they are rendered (the
 * middleware finds it), the rest read at the end; otherwise Pagefind reads every page from the output
 * at the end.
 */
export function openSearchIndex({ streamed }: { streamed: boolean }): SearchIndexCollector {
  const created = pagefind.createIndex({ forceLanguage: formats.language }).then((response) => {
    return assertNoErrors(response, 'start an index').index;
  });
  const pending: Promise<unknown>[] = [];
  // Reserved places, in order; a page's HTML goes to Pagefind once every page before it has.
  const places: { url: string; html?: string }[] = [];
  let next = 0;
  const flush = () => {
    for (let place = places[next]; place?.html !== undefined; place = places[next]) {
      const { url, html } = place;
      places[next] = { url };
      next += 1;
      // Only certification pages carry the attribute that tells Pagefind what to index: a moved page,
      // rendered by the same route, is not handed over (nor counted).
      if (!html.includes(INDEXED_ATTRIBUTE)) continue;
      pending.push(
        created.then(async (index) => assertNoErrors(await index.addHTMLFile({ url, content: html }), `index ${url}`)),
      );
    }
  };
  const collector: SearchIndexCollector = {
    reserve(url) {
      const place: { url: string; html?: string } = { url };
      places.push(place);
      return (html) => {
        place.html = html;
        flush();
      };
    },
    async addUnrendered(siteFolder) {
      if (!streamed) {
        const index = await created;
        const read = assertNoErrors(await index.addDirectory({ path: siteFolder, glob: '*/index.html' }), 'read pages');
        return read.page_count;
      }
      const rendered = new Set(places.map((place) => place.url));
      const unrendered = (await readdir(siteFolder, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && !rendered.has(`/${entry.name}/`))
        .map((entry) => entry.name)
        .sort();
      let added = 0;
      for (const name of unrendered) {
        const html = await readFile(path.join(siteFolder, name, 'index.html'), 'utf8').catch(() => '');
        if (!html.includes(INDEXED_ATTRIBUTE)) continue;
        collector.reserve(`/${name}/`)(html);
        added += 1;
      }
      return added;
    },
    async write(outputPath) {
      const index = await created;
      if (next < places.length) throw new Error(`Pagefind: ${places[next]?.url} was never rendered`);
      await Promise.all(pending);
      assertNoErrors(await index.writeFiles({ outputPath }), 'write the index');
      const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    },
  };
  if (streamed) (globalThis as WithCollector)[KEY] = collector;
  return collector;
}

/** The index of the build under way, if a build is under way (never in `astro dev`). */
export function currentSearchIndex(): SearchIndexCollector | undefined {
  return (globalThis as WithCollector)[KEY];
}

/** Forgets the index and stops Pagefind's process. */
export async function closeSearchIndex(): Promise<void> {
  delete (globalThis as WithCollector)[KEY];
  await pagefind.close();
}
