/** What a served test site lists in its sitemap. */
import type { APIRequestContext } from '@playwright/test';

/** Every page URL in the sitemap, absolute, as written (`https://certs.example.org/certs/isc2-cissp/`). */
export async function sitemapUrls(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const basePath = new URL(baseURL).pathname;
  // The sitemap names the published origin; fetch each file from the test server instead.
  const served = (url: string) => new URL(new URL(url).pathname.slice(basePath.length), baseURL).href;
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
  const urls: string[] = [];
  for (const sitemapUrl of locs(index)) urls.push(...locs(await (await request.get(served(sitemapUrl))).text()));
  return urls;
}

/** Every page in the sitemap, as a path relative to the site's base URL (`isc2-cissp/`). */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const basePath = new URL(baseURL).pathname;
  return (await sitemapUrls(request, baseURL)).map((url) => new URL(url).pathname.slice(basePath.length));
}
