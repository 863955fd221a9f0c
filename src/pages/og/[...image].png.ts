import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKeyOf } from '../../lib/catalogue/cache-key';
import { getCatalogue } from '../../lib/catalogue/queries';
import { allShareImages } from '../../lib/site/share-cards';
import { cachedShareImage, generateShareImages, shareImageDigest } from '../../lib/site/share-image';
import { siteConfig } from '../../site.config';

/** Images being drawn for this build, by digest; in `astro dev` each is drawn when asked for. */
let drawing = new Map<string, Promise<Buffer>>();

export const getStaticPaths = (async () => {
  const pages = allShareImages(await getCatalogue());
  if (import.meta.env.PROD)
    drawing = generateShareImages(
      pages.map(({ card }) => card),
      siteConfig.shareImageCache,
    );
  return pages.map(({ id, card }) => ({ params: { image: id }, props: { card }, cacheKey: cacheKeyOf(card) }));
}) satisfies GetStaticPaths;

/** A page's share image: `/og/<kind>/<slug>.png`, 1200x630. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) => {
  const digest = shareImageDigest(props.card);
  const png = (await drawing.get(digest)) ?? (await cachedShareImage(props.card, siteConfig.shareImageCache));
  drawing.delete(digest);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
