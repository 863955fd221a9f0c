/**
 * Renders a certification body to HTML in the loader, once, exactly as the MDX integration renders it
 * (the same parser, Sätteri's MDX mode; the same plugins; the same serializer, Astro's JSX renderer)
 * but without a JavaScript module per file, which is most of what MDX costs a build. The HTML goes into
 * the content store with the file's digest, so an unchanged file is not rendered again by the next
 * build. A body that needs MDX's module (a local image, which MDX turns into an optimised `<Image>`)
 * is left to the MDX integration. Every entry of the catalogue and of the fixtures is rendered both
 * ways by the test builds, and the pages must be byte-identical (tests/gates/body-rendering.test.ts).
 */
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import GithubSlugger from 'github-slugger';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineHastPlugin, defineMdastPlugin, evaluate, type EvaluateOptions, type HastPluginList } from 'satteri';
import { BODY_FEATURES, BODY_HAST_PLUGINS, BODY_MDAST_PLUGINS } from './body-pipeline';
import type { BodyHeading, RenderedBody } from '../lib/text/rendered-body';

/** Gives headings their ids as Astro's heading-ids plugin does: the id written, else a GitHub-style slug. */
function headingIds(headings: BodyHeading[]) {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, context) {
        const text = context.textContent(node);
        const written = node.properties?.id;
        const slug = typeof written === 'string' ? written : slugger.slug(text);
        headings.push({ depth: Number(node.tagName[1]), slug, text });
        if (typeof written !== 'string') context.setProperty(node, 'id', slug);
      },
    },
  });
}

/** Notes a body that has an image: MDX imports it as a module, which only the MDX integration can do. */
function imageFinder(found: { image: boolean }) {
  const mark = () => {
    found.image = true;
  };
  return {
    mdast: defineMdastPlugin({ name: 'find-images', image: mark, imageReference: mark }),
    hast: defineHastPlugin({
      name: 'find-image-elements',
      mdxJsxFlowElement: { filter: ['img'], visit: mark },
      mdxJsxTextElement: { filter: ['img'], visit: mark },
    }),
  };
}

/** The body's HTML and headings, or undefined when the body needs the MDX integration's module. */
export async function renderBody(body: string): Promise<RenderedBody | undefined> {
  const headings: BodyHeading[] = [];
  const found = { image: false };
  const images = imageFinder(found);
  const module = (await evaluate(body, {
    mdastPlugins: [...BODY_MDAST_PLUGINS, images.mdast],
    hastPlugins: [...BODY_HAST_PLUGINS, images.hast, headingIds(headings)] as HastPluginList,
    features: BODY_FEATURES,
    elementAttributeNameCase: 'html',
    Fragment,
    jsx: jsx as EvaluateOptions['jsx'],
    jsxs: jsxs as EvaluateOptions['jsxs'],
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  })) as { default: (props: Record<string, unknown>) => unknown };
  if (found.image) return undefined;
  // Astro's JSX renderer reads its result object only to render components, which a body has none of.
  const html = String(await renderJSX({} as Parameters<typeof renderJSX>[0], module.default({})));
  return { html, metadata: { headings, imagePaths: [] } };
}

/** The source files whose code decides what a body renders to, beside this one. */
const PIPELINE_FILES = [
  'body-pipeline.ts',
  'external-link-rel.ts',
  'focusable-code-blocks.ts',
  'ignore-jekyll-layout.ts',
];

/** The packages whose code decides it too. */
const PIPELINE_PACKAGES = ['satteri', 'astro', 'github-slugger'];

/**
 * A version of the renderer: a digest of its code and of its packages' versions. Stored bodies are
 * keyed by it, so a change to the pipeline renders every body again rather than serving stale HTML.
 */
export function rendererVersion(): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  for (const file of ['render-body.ts', ...PIPELINE_FILES]) hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const name of PIPELINE_PACKAGES) hash.update(`${name}@${packageVersion(require.resolve(name), name)}`);
  return hash.digest('hex').slice(0, 16);
}

/** The version of the package a resolved entry file belongs to (some packages do not export package.json). */
function packageVersion(entry: string, name: string): string {
  for (let folder = path.dirname(entry); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === name) return manifest.version ?? '';
  }
  throw new Error(`render-body: no package.json of ${name} above ${entry}`);
}

/** The renderer the content loader uses. */
export function bodyRenderer() {
  return { render: renderBody, version: rendererVersion() };
}
