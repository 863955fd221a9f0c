import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCatalogue } from '../../lib/catalogue/queries';
import { catalogueFontFaces, fontFaceCss } from '../../lib/site/fonts';
import { paths } from '../../lib/site/routes';

/**
 * The fonts for the scripts Inter lacks (Japanese), when the catalogue has such text: `extra.css`, the
 * `@font-face` rules of the subsets it uses, and those subsets' files. A browser downloads a subset
 * only for a page that shows one of its characters. None of this exists for a Latin-only catalogue.
 */
export const getStaticPaths = (async () => {
  const faces = catalogueFontFaces((await getCatalogue()).certifications);
  if (faces.length === 0) return [];
  return [
    { params: { file: 'extra.css' }, props: { css: fontFaceCss(faces, paths.font) } },
    ...faces.map((face) => ({ params: { file: path.basename(face.webFile) }, props: { font: face.webFile } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ css?: string; font?: string }> = async ({ props }) =>
  props.font
    ? new Response(new Uint8Array(await readFile(props.font)), { headers: { 'Content-Type': 'font/woff2' } })
    : new Response(props.css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
