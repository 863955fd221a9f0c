/**
 * Test harness, shared by the browser tests (`tests/`), the audit and the screenshots (`scripts/`).
 *
 * A static file server that behaves like the hosts the site is deployed to (Netlify, Cloudflare Pages,
 * GitHub Pages): the site lives under its base path, `dir/` serves `dir/index.html`, a missing file gets
 * the site's `404.html` with status 404, and the rules of a `_headers` file are applied, so browser
 * tests run under the real Content-Security-Policy. Used by browser tests, the audit and screenshots.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve calendars as text/calendar.
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** One rule of a Netlify / Cloudflare Pages `_headers` file: a path pattern (`*` is a splat) and its headers. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads the `_headers` format: an unindented path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && separator > 0) rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

export interface RunningServer {
  /** The site's root URL, base path included, with a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

async function fileAt(filePath: string): Promise<string | undefined> {
  const info = await stat(filePath).catch(() => undefined);
  if (info?.isFile()) return filePath;
  if (info?.isDirectory()) {
    const index = path.join(filePath, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

/**
 * Serves `root` under `basePath` (`/` or `/certs/`) on 127.0.0.1; port 0 picks a free port. Text is
 * gzipped as static hosts do (so audits measure what visitors get) unless `compress` is false, as for
 * the browser tests, where it would only cost CPU.
 */
export async function startStaticServer(
  root: string,
  basePath = '/',
  port = 0,
  { compress: compressText = true }: { compress?: boolean } = {},
): Promise<RunningServer> {
  const headersFile = path.join(root, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const rule of headerRules) {
      if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '';
    }
    if (`${pathname}/` === basePath) {
      response.writeHead(301, { Location: `${basePath}${url.search}` }).end();
      return;
    }
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : undefined;
    const target = relative === undefined ? undefined : path.resolve(root, `./${relative}`);
    const insideRoot = target !== undefined && (target === root || target.startsWith(root + path.sep));
    let file = insideRoot ? await fileAt(target) : undefined;
    // A directory URL without its trailing slash redirects, as static hosts do.
    if (
      file &&
      relative &&
      !relative.endsWith('/') &&
      path.basename(file) === 'index.html' &&
      path.basename(relative) !== 'index.html'
    ) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = await fileAt(path.join(root, '404.html'));
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', contentType);
    // Netlify's default for files without a rule: revalidate every time.
    if (!response.hasHeader('Cache-Control')) response.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
    // Compress text as static hosts do, so audits measure what visitors get.
    const compress =
      compressText &&
      /^(text\/|application\/(json|xml|manifest))|svg/.test(contentType) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (compress) response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
    response.writeHead(status);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
