/**
 * The site's browser code, bundled by the site with esbuild rather than by Astro's script processing:
 * - `bootstrap`, the one script every page loads: a classic script with no module syntax, so it may run
 *   before the page is painted, and small (its budget is 1.5 KB gzipped);
 * - ES modules it loads only when the student asks for something (the search box, the compare tray, a
 *   certification's plan control), and the page scripts of the browse, compare and My plan pages,
 *   sharing chunks.
 * Vite would wrap each lazy `import()` in its preload helper, which alone weighs more than the
 * bootstrap; here a lazy module is loaded by the URL the page gives the bootstrap (`data-*` attributes
 * on its script tag). Pages read the URLs from the virtual module `virtual:cert-compass/client-scripts`.
 * In `astro dev` the files are built on request, unhashed, and rebuilt when a source file changes.
 */
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions, type OutputFile } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The modules, by the name pages and the bootstrap know them by. */
export const CLIENT_MODULES = {
  search: 'src/components/search/site-search.ts',
  compareTray: 'src/components/compare/compare-tray.ts',
  browse: 'src/components/browse/browse-app.ts',
  compare: 'src/components/compare/compare-app.ts',
  guide: 'src/components/guide/guide-app.ts',
  planControl: 'src/components/my-plan/plan-control.ts',
  myPlan: 'src/components/my-plan/my-plan-app.ts',
} as const;

export type ClientModule = keyof typeof CLIENT_MODULES;

const BOOTSTRAP = 'src/client/bootstrap.ts';

/** Where the files go in the build, below the base path: with Astro's assets, cached for a year. */
const FOLDER = '_astro';

const VIRTUAL_ID = 'virtual:cert-compass/client-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The URL of every script, base path included. */
export type ClientScriptUrls = Record<ClientModule | 'bootstrap', string>;

/** A bundle: its files (path below the output folder, and text) and the URL of each script. */
export interface ClientBundle {
  files: { path: string; text: string }[];
  urls: ClientScriptUrls;
}

const SHARED_OPTIONS = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** The output file's name and the URL it is served at. */
function placed(file: OutputFile, outdir: string, base: string) {
  const name = path.relative(outdir, file.path).split(path.sep).join('/');
  return { path: `${FOLDER}/${name}`, text: file.text, url: `${base}${FOLDER}/${name}` };
}

/**
 * Bundles the bootstrap (an IIFE) and the modules (ES modules sharing chunks) of the project at `root`
 * for a site under `base`; `hashed` names files by their content, for caching them forever.
 */
export async function bundleClientScripts(root: string, base: string, hashed = true): Promise<ClientBundle> {
  const outdir = path.join(root, '.client-scripts');
  const suffix = hashed ? '.[hash]' : '';
  const modules = await build({
    ...SHARED_OPTIONS,
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(CLIENT_MODULES).map(([name, file]) => [name, file])),
    format: 'esm',
    splitting: true,
    outdir,
    entryNames: `[name]${suffix}`,
    chunkNames: `chunk${suffix || '.[hash]'}`,
    metafile: true,
  });
  const bootstrap = await build({
    ...SHARED_OPTIONS,
    absWorkingDir: root,
    entryPoints: { bootstrap: BOOTSTRAP },
    format: 'iife',
    outdir,
    entryNames: `[name]${suffix}`,
  });
  const files = [...modules.outputFiles, ...bootstrap.outputFiles].map((file) => placed(file, outdir, base));
  const urlOf = (entry: string) => {
    const output = Object.entries(modules.metafile.outputs).find(([, meta]) => meta.entryPoint === entry)?.[0];
    const file = files.find((candidate) => output && candidate.path.endsWith(path.basename(output)));
    if (!file) throw new Error(`client scripts: no output for ${entry}`);
    return file.url;
  };
  const [bootstrapFile] = bootstrap.outputFiles.map((file) => placed(file, outdir, base));
  if (!bootstrapFile) throw new Error('client scripts: no output for the bootstrap');
  const urls = Object.fromEntries([
    ['bootstrap', bootstrapFile.url],
    ...Object.entries(CLIENT_MODULES).map(([name, file]) => [name, urlOf(file)]),
  ]) as ClientScriptUrls;
  return { files: files.map(({ path: filePath, text }) => ({ path: filePath, text })), urls };
}

/** The virtual module pages import the URLs from. */
function virtualModule(urls: () => Promise<ClientScriptUrls>): Plugin {
  return {
    name: 'cert-compass:client-scripts',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: async (id) =>
      id === RESOLVED_ID ? `export const clientScripts = ${JSON.stringify(await urls())};` : undefined,
  };
}

/** In `astro dev`: serves the scripts from memory, built again after any source file changes. */
function devServer(root: string, base: string): Plugin {
  let bundle: Promise<ClientBundle> | undefined;
  const current = () => (bundle ??= bundleClientScripts(root, base, false));
  return {
    ...virtualModule(async () => (await current()).urls),
    name: 'cert-compass:client-scripts-dev',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.startsWith(path.join(root, 'src'))) bundle = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(`${base}${FOLDER}/`) || !url.endsWith('.js')) return next();
        current().then(
          ({ files }) => {
            const file = files.find((candidate) => `${base}${candidate.path}` === url);
            if (!file) return next();
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(file.text);
          },
          (error: Error) => next(error),
        );
      });
    },
  };
}

/** The integration: bundles the browser code once per build and writes it next to Astro's assets. */
export function clientScripts(): AstroIntegration {
  let bundle: Promise<ClientBundle> | undefined;
  return {
    name: 'cert-compass:client-scripts',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const plugin =
          command === 'dev'
            ? devServer(root, config.base)
            : virtualModule(async () => (await (bundle ??= bundleClientScripts(root, config.base))).urls);
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!bundle) return;
        for (const file of (await bundle).files) {
          const target = new URL(file.path, dir);
          await mkdir(path.dirname(fileURLToPath(target)), { recursive: true });
          await writeFile(target, file.text);
        }
      },
    },
  };
}
