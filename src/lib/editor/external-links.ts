/**
 * External links of certification files (the official `link` and every absolute link in the body), and
 * a check that each still answers. Used by `npm run check:external`, which editors run by hand: CI has
 * no internet, and a provider's site being down must never fail a pull request.
 */
import { jsxAttribute, parseBody, walk } from '../files/mdx-tree';
import { readFrontMatter } from '../files/read';

export interface ExternalLink {
  file: string;
  line: number;
  /** `link`, or `body` for a link in the Markdown. */
  field: string;
  url: string;
}

/** Every absolute http(s) link of one certification file. */
export function externalLinksOf(file: string, source: string): ExternalLink[] {
  const { data, lines, body, bodyLine } = readFrontMatter(source);
  const links: ExternalLink[] = [];
  if (typeof data.link === 'string') links.push({ file, line: lines.link ?? 1, field: 'link', url: data.link.trim() });
  walk(parseBody(body), (node) => {
    const url =
      node.type === 'link' || node.type === 'definition'
        ? node.url
        : node.name === 'a'
          ? jsxAttribute(node, 'href')
          : undefined;
    if (url && /^https?:\/\//i.test(url))
      links.push({ file, line: bodyLine + (node.position?.start.line ?? 1) - 1, field: 'body', url });
  });
  return links;
}

export interface LinkStatus {
  url: string;
  ok: boolean;
  /** `200`, `404`, `timeout`, `DNS failure` ... */
  status: string;
}

/** Asks a URL whether it still answers: HEAD first, then GET for servers that refuse HEAD. */
export async function checkUrl(url: string, timeoutMs = 15_000, fetcher: typeof fetch = fetch): Promise<LinkStatus> {
  for (const method of ['HEAD', 'GET'] as const) {
    try {
      const response = await fetcher(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      if (response.ok) return { url, ok: true, status: String(response.status) };
      // Some servers answer HEAD with 403/405 but GET with 200: try GET before calling the link dead.
      if (method === 'GET' || ![403, 404, 405, 501].includes(response.status))
        return { url, ok: false, status: String(response.status) };
    } catch (error) {
      if (method === 'GET') {
        const reason =
          error instanceof Error
            ? error.name === 'TimeoutError'
              ? 'timeout'
              : ((error.cause as Error | undefined)?.message ?? error.message)
            : String(error);
        return { url, ok: false, status: reason };
      }
    }
  }
  return { url, ok: false, status: 'no answer' };
}
