import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, externalLinksOf } from '../../src/lib/editor/external-links';

describe('externalLinksOf', () => {
  it('finds the official link and absolute body links, with their lines', () => {
    const source = [
      '---',
      'title: "A"',
      'link: "https://example.org/official"',
      '---',
      '',
      '- [Guide](https://example.org/guide) and [local](/categories/)',
      '',
      '<a href="http://example.org/old">old</a>',
      '',
      '[ref]: https://example.org/ref',
    ].join('\n');
    expect(externalLinksOf('a.mdx', source)).toEqual([
      { file: 'a.mdx', line: 3, field: 'link', url: 'https://example.org/official' },
      { file: 'a.mdx', line: 6, field: 'body', url: 'https://example.org/guide' },
      { file: 'a.mdx', line: 8, field: 'body', url: 'http://example.org/old' },
      { file: 'a.mdx', line: 10, field: 'body', url: 'https://example.org/ref' },
    ]);
  });
});

describe('checkUrl', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ok') response.writeHead(200).end('ok');
      else if (request.url === '/moved') response.writeHead(301, { Location: '/ok' }).end();
      else if (request.url === '/head-refused') response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
      else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end(), 2_000);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('calls a live page live, following redirects', async () => {
    expect(await checkUrl(`${origin}/ok`)).toEqual({ url: `${origin}/ok`, ok: true, status: '200' });
    expect((await checkUrl(`${origin}/moved`)).ok).toBe(true);
  });

  it('tries GET when a server refuses HEAD', async () => {
    expect((await checkUrl(`${origin}/head-refused`)).ok).toBe(true);
  });

  it('reports a missing page with its status, and a silent one as a timeout', async () => {
    expect(await checkUrl(`${origin}/gone`)).toEqual({ url: `${origin}/gone`, ok: false, status: '404' });
    expect(await checkUrl(`${origin}/slow`, 200)).toMatchObject({ ok: false, status: 'timeout' });
  });
});
