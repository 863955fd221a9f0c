import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FETCH_POLICY,
  failureOf,
  fetchPage,
  retryAfterMs,
  watcherUserAgent,
  type FetchTools,
} from '../../src/lib/editor/watcher/fetch-page';

const policy = { ...DEFAULT_FETCH_POLICY, userAgent: 'CertCompassWatcher/1.0 (test)', backoffMs: 100, maxBytes: 1_000 };

/** Tools around a `fetch`, recording each wait instead of waiting. */
function toolsWith(fetcher: typeof fetch): FetchTools & { waits: number[] } {
  const waits: number[] = [];
  return {
    fetch: fetcher,
    sleep: async (ms) => void waits.push(ms),
    now: () => Date.parse('2026-12-07T00:00:00Z'),
    waits,
  };
}

/** A `fetch` that fails like undici does, with an error code as the cause. */
function failingFetch(code: string): typeof fetch & { calls: number } {
  const failing = Object.assign(
    async () => {
      failing.calls++;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    },
    { calls: 0 },
  );
  return failing as unknown as typeof fetch & { calls: number };
}

describe('fetchPage against a local server', () => {
  let server: Server;
  let origin = '';
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
  const hits = new Map<string, number>();
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = request.url ?? '';
      const hit = (hits.get(url) ?? 0) + 1;
      hits.set(url, hit);
      seen.push({ method: request.method, url, headers: request.headers });
      if (url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Hello</p>');
      else if (url === '/first') response.writeHead(301, { location: '/second' }).end();
      else if (url === '/second') response.writeHead(302, { location: `${origin}/page` }).end();
      else if (url === '/busy') response.writeHead(hit === 1 ? 429 : 200, { 'retry-after': '3' }).end('ok');
      else if (url === '/very-busy') response.writeHead(hit === 1 ? 503 : 200, { 'retry-after': '3600' }).end('ok');
      else if (url === '/broken') response.writeHead(500).end();
      else if (url === '/endless') {
        // A body that never ends: only the reader's cap can stop it.
        response.writeHead(200, { 'content-type': 'text/html' });
        const more = () => void (!response.destroyed && response.write('x'.repeat(1_024), () => setImmediate(more)));
        more();
      } else response.writeHead(404).end('<h1>Not here</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it('asks with GET and a User-Agent naming the watcher, and reads the body', async () => {
    const page = await fetchPage(`${origin}/page`, policy, toolsWith(fetch));
    expect(page).toMatchObject({ status: 200, reason: '200 OK', contentType: 'text/html', requests: 1 });
    expect(new TextDecoder().decode(page.body)).toBe('<p>Hello</p>');
    const request = seen.find((entry) => entry.url === '/page')!;
    expect(request.method).toBe('GET');
    expect(request.headers['user-agent']).toBe('CertCompassWatcher/1.0 (test)');
    expect(request.headers['accept-language']).toBe('en');
  });

  it('follows redirects by hand and records the chain', async () => {
    const page = await fetchPage(`${origin}/first`, policy, toolsWith(fetch));
    expect(page.redirects).toEqual([
      { url: `${origin}/first`, status: 301 },
      { url: `${origin}/second`, status: 302 },
    ]);
    expect(page).toMatchObject({ finalUrl: `${origin}/page`, status: 200, requests: 3 });
  });

  it('waits as long as Retry-After asks, up to the cap, then tries again', async () => {
    const tools = toolsWith(fetch);
    expect(await fetchPage(`${origin}/busy`, policy, tools)).toMatchObject({ status: 200, requests: 2 });
    expect(await fetchPage(`${origin}/very-busy`, { ...policy, maxRetryAfterMs: 5_000 }, tools)).toMatchObject({
      status: 200,
    });
    expect(tools.waits).toEqual([3_000, 5_000]);
  });

  it('backs off exponentially on a 5xx, and gives its status after the last try', async () => {
    const tools = toolsWith(fetch);
    const page = await fetchPage(`${origin}/broken`, policy, tools);
    expect(page).toMatchObject({ status: 500, reason: '500 Internal Server Error', requests: 3 });
    expect(tools.waits).toEqual([100, 200]);
  });

  it('does not retry a 404, and keeps no body of it', async () => {
    const page = await fetchPage(`${origin}/missing`, policy, toolsWith(fetch));
    expect(page).toMatchObject({ status: 404, reason: '404 Not Found', requests: 1 });
    expect(page.body).toBeUndefined();
  });

  it('stops reading a body at the cap', async () => {
    const page = await fetchPage(`${origin}/endless`, { ...policy, timeoutMs: 2_000 }, toolsWith(fetch));
    expect(page).toMatchObject({ status: 200, requests: 1 });
    expect(page.body).toHaveLength(1_000);
  });
});

describe('fetchPage failures', () => {
  it('tries a name that does not resolve again, then reports a DNS failure', async () => {
    const failing = failingFetch('ENOTFOUND');
    const tools = toolsWith(failing);
    const page = await fetchPage('https://gone.invalid/', policy, tools);
    expect(page).toMatchObject({ status: 'dns', reason: 'DNS lookup failed (ENOTFOUND)', requests: 3 });
    expect(failing.calls).toBe(3);
    expect(tools.waits).toEqual([100, 200]);
  });

  it('does not retry a bad certificate', async () => {
    const failing = failingFetch('CERT_HAS_EXPIRED');
    const page = await fetchPage('https://expired.example/', policy, toolsWith(failing));
    expect(page).toMatchObject({ status: 'tls', requests: 1 });
  });
});

describe('failureOf', () => {
  const withCode = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it('names the kind of failure from undici’s error codes', () => {
    expect(failureOf(withCode('EAI_AGAIN'), 20_000).status).toBe('dns');
    expect(failureOf(withCode('ECONNREFUSED'), 20_000)).toEqual({
      status: 'connection',
      reason: 'connection failed (ECONNREFUSED)',
    });
    expect(failureOf(withCode('UND_ERR_CONNECT_TIMEOUT'), 20_000).status).toBe('connection');
    expect(failureOf(withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 20_000).status).toBe('tls');
    expect(failureOf(new DOMException('timed out', 'TimeoutError'), 20_000)).toEqual({
      status: 'timeout',
      reason: 'no answer within 20 s',
    });
    expect(failureOf(new Error('odd'), 20_000)).toEqual({ status: 'error', reason: 'request failed: Error: odd' });
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-07T00:00:00Z');
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('watcherUserAgent', () => {
  it('points at the page about the watcher in the repository, when there is one', () => {
    expect(watcherUserAgent({ url: 'https://github.com/owner/cert-compass', branch: 'main' })).toBe(
      'CertCompassWatcher/1.0 (+https://github.com/owner/cert-compass/blob/main/docs/watcher.md)',
    );
    expect(watcherUserAgent(undefined)).toMatch(/^CertCompassWatcher\/1\.0 \(/);
  });
});
