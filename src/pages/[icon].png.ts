import type { APIRoute, GetStaticPaths } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { ICONS, renderIcon } from '../lib/site/icons';

export const getStaticPaths = (() =>
  ICONS.map((icon) => ({
    params: { icon: icon.file.replace(/\.png$/, '') },
    props: { icon },
  }))) satisfies GetStaticPaths;

/** The PNG icons (src/lib/site/icons.ts), drawn from public/favicon.svg. */
export const GET: APIRoute<ReturnType<typeof getStaticPaths>[number]['props']> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(faviconSvg, props.icon)), { headers: { 'Content-Type': 'image/png' } });
