/**
 * A local stand-in for providers' official pages, for the watcher's tests: one server on 127.0.0.1 with a
 * page for every case the watcher must tell apart (fine, gone, moved, changing, starting to mention
 * retirement, slow, malformed, failing once). `round` switches the pages that change between two runs.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/official-pages');

const page = (name: string) => readFileSync(path.join(FIXTURES, name));

/** How long the slow page takes to answer: far beyond the tests' timeout. */
export const SLOW_PAGE_MS = 1_000;

export interface OfficialPagesServer {
  origin: string;
  /** Which run the pages answer for: 1, then 2 (the changing and retiring pages differ). */
  round: number;
  /** Requests received per path. */
  requests: Map<string, number>;
  close: () => Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startOfficialPagesServer(): Promise<OfficialPagesServer> {
  const timers = new Set<NodeJS.Timeout>();
  const state: OfficialPagesServer = { origin: '', round: 1, requests: new Map(), close: async () => {} };
  const html = (response: ServerResponse, body: Buffer, status = 200) =>
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const count = (state.requests.get(url) ?? 0) + 1;
    state.requests.set(url, count);
    switch (new URL(url, state.origin).pathname) {
      case '/ok':
      case '/shared':
        return html(response, page('ok.html'));
      case '/gone-404':
        return html(response, Buffer.from('<h1>Not found</h1>'), 404);
      case '/gone-500':
        return html(response, Buffer.from('<h1>Server error</h1>'), 500);
      case '/old-home':
        return response.writeHead(301, { location: '/new-home/' }).end();
      case '/new-home/':
        return html(response, page('moved.html'));
      case '/slash':
        return response.writeHead(301, { location: '/slash/' }).end();
      case '/slash/':
        return html(response, page('ok.html'));
      case '/loop':
        return response.writeHead(302, { location: '/loop' }).end();
      case '/changing':
        return html(response, page(`changing-${state.round}.html`));
      case '/retiring':
        return html(response, page(`retiring-${state.round}.html`));
      case '/always-retiring':
        return html(response, page('always-retiring.html'));
      case '/malformed':
        return html(response, page('malformed.html'));
      case '/flaky':
        // Fails on the first request of each round, answers on the retry.
        return count % 2 === 1 ? html(response, Buffer.from('busy'), 503) : html(response, page('ok.html'));
      case '/slow': {
        const timer = setTimeout(() => html(response, page('ok.html')), SLOW_PAGE_MS);
        timers.add(timer);
        return undefined;
      }
      default:
        return html(response, Buffer.from('<h1>Not found</h1>'), 404);
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  state.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** An address on 127.0.0.1 where nothing listens: what every host looks like without a network. */
export async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
