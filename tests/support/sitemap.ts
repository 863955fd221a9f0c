/** The pages a served test site lists in its sitemap, as paths relative to its base URL. */
import type { APIRequestContext } from '@playwright/test';

export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const basePath = new URL(baseURL).pathname;
  const relative = (url: string) => new URL(url).pathname.slice(basePath.length);
  const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
  const paths: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(relative(sitemapUrl!), baseURL).href)).text();
    for (const [, pageUrl] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(relative(pageUrl!));
  }
  return paths;
}
