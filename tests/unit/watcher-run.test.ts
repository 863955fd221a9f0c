/**
 * The official-page watcher end to end, without the internet: two runs against a local server of fixture
 * pages, with the state written to a file and read back between them, as the weekly workflow does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/editor/watcher/classify';
import { DEFAULT_FETCH_POLICY, fetchPage, type FetchTools } from '../../src/lib/editor/watcher/fetch-page';
import { formatWatchReport } from '../../src/lib/editor/watcher/report';
import { emptyWatchState, parseWatchState, serializeWatchState } from '../../src/lib/editor/watcher/state';
import { watchTargets, type WatchedFile, type WatchTarget } from '../../src/lib/editor/watcher/targets';
import { watchPages, type WatchRun } from '../../src/lib/editor/watcher/watch';
import { closedOrigin, startOfficialPagesServer, type OfficialPagesServer } from '../support/official-pages-server';

/** A certification file naming fixture pages. */
function certification(slug: string, link: string, verifiedAgainst?: string[]): WatchedFile {
  const title = `Example ${slug}`;
  const data = { title, provider: 'Example', link, status: 'active' as const, verifiedAgainst };
  return { file: `src/content/certifications/${slug}.mdx`, data };
}

describe('the official-page watcher against a local server', () => {
  let server: OfficialPagesServer;
  let folder: string;
  /** Every address the watcher asked `fetch` for, redirects and retries included. */
  const asked: string[] = [];
  const waits: number[] = [];
  const tools: FetchTools = {
    fetch: (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    },
    sleep: async (ms) => void waits.push(ms),
    now: Date.now,
  };
  const policy = { ...DEFAULT_FETCH_POLICY, userAgent: 'CertCompassWatcher/1.0 (test)', timeoutMs: 200, backoffMs: 10 };
  let targets: WatchTarget[];
  const run = (previous = emptyWatchState(), today = '2026-12-07') =>
    watchPages(targets, {
      previous,
      named: new Set(targets.map((target) => target.url)),
      today,
      concurrency: 4,
      fetchPage: (url) => fetchPage(url, policy, tools),
    });
  const kinds = (result: WatchRun) =>
    Object.fromEntries(result.findings.map((finding) => [new URL(finding.target.url).pathname, finding.kind]));
  const findingAt = (result: WatchRun, pathname: string): Finding =>
    result.findings.find((finding) => new URL(finding.target.url).pathname === pathname)!;

  beforeAll(async () => {
    server = await startOfficialPagesServer();
    folder = mkdtempSync(path.join(tmpdir(), 'watcher-'));
    const at = (pathname: string) => `${server.origin}${pathname}`;
    targets = watchTargets([
      certification('ok', at('/ok'), [at('/shared')]),
      certification('shares-a-page', at('/shared')),
      certification('gone-404', at('/gone-404')),
      certification('gone-500', at('/gone-500')),
      certification('moved', at('/old-home')),
      certification('slash', at('/slash')),
      certification('loop', at('/loop')),
      certification('changing', at('/changing')),
      certification('retiring', at('/retiring')),
      certification('always-retiring', at('/always-retiring')),
      certification('slow', at('/slow')),
      certification('malformed', at('/malformed')),
      certification('flaky', at('/flaky')),
    ]);
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('visits each shared page once, naming every certification that names it', () => {
    expect(targets).toHaveLength(13);
    expect(targets.find((target) => target.url.endsWith('/shared'))?.uses.map((use) => use.file)).toEqual([
      'src/content/certifications/ok.mdx',
      'src/content/certifications/shares-a-page.mdx',
    ]);
  });

  it('classifies two runs, with the state written to a file and read back between them', async () => {
    server.round = 1;
    const first = await run();
    expect(first.unreachable).toBeUndefined();
    expect(kinds(first)).toEqual({
      '/always-retiring': 'retiring',
      '/changing': 'first-seen',
      '/flaky': 'first-seen',
      '/gone-404': 'gone',
      '/gone-500': 'gone',
      '/loop': 'gone',
      '/malformed': 'first-seen',
      '/ok': 'first-seen',
      '/old-home': 'moved',
      '/retiring': 'first-seen',
      '/shared': 'first-seen',
      '/slash': 'first-seen',
      '/slow': 'gone',
    });
    expect(findingAt(first, '/gone-404').reason).toBe('404 Not Found');
    expect(findingAt(first, '/gone-500').reason).toBe('500 Internal Server Error');
    expect(findingAt(first, '/slow').reason).toBe('no answer within 0.2 s');
    expect(findingAt(first, '/loop').reason).toBe('more than 10 redirects');
    expect(findingAt(first, '/old-home').movedTo).toBe(`${server.origin}/new-home/`);
    // The 503 was retried after a backoff; the 500 was tried three times before it counted as gone.
    expect(server.requests.get('/flaky')).toBe(2);
    expect(server.requests.get('/gone-500')).toBe(DEFAULT_FETCH_POLICY.attempts);
    expect(waits).toContain(10);

    const file = path.join(folder, 'official-pages.json');
    writeFileSync(file, serializeWatchState(first.state!));
    const reread = parseWatchState(readFileSync(file, 'utf8'), file)!;
    expect(reread).toEqual(first.state);
    expect(reread.pages[`${server.origin}/malformed`]?.digest).toMatch(/^[\w-]{43}$/);

    server.round = 2;
    const second = await run(reread, '2026-12-14');
    expect(kinds(second)).toMatchObject({
      '/always-retiring': 'unchanged',
      '/changing': 'changed',
      '/flaky': 'unchanged',
      '/gone-404': 'gone',
      '/malformed': 'unchanged',
      '/ok': 'unchanged',
      '/old-home': 'moved',
      '/retiring': 'retiring',
      '/slash': 'unchanged',
      '/slow': 'gone',
    });
    expect(findingAt(second, '/retiring').newEvidence).toEqual([
      'This exam will be retired on 31 March 2027.',
      'The last day to book it is 28 February 2027.',
    ]);
    expect(second.state?.pages[`${server.origin}/ok`]?.checked).toBe('2026-12-14');

    const report = formatWatchReport(second, { date: '2026-12-14' });
    const headings = report.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Gone (4)', '## Now mentions retirement (1)', '## Moved (1)', '## Text changed (1)']);
    expect(report).toMatch(/^# Official pages: 7 pages to act on\n/);
    expect(report).toContain('| 4 | 1 | 1 | 1 | 6 | 0 |');
    expect(report).toContain('  - Example retiring (`src/content/certifications/retiring.mdx`, link)');
    expect(report).toContain('`The last day to book it is 28 February 2027.`');
  });

  it('says it could not check, and keeps no state, when no host answers', async () => {
    const offline = await closedOrigin();
    const unreachable = watchTargets([certification('a', `${offline}/a`), certification('b', `${offline}/b`)]);
    const result = await watchPages(unreachable, {
      previous: emptyWatchState(),
      named: new Set(unreachable.map((target) => target.url)),
      today: '2026-12-07',
      concurrency: 4,
      fetchPage: (url) => fetchPage(url, policy, tools),
    });
    expect(result.unreachable).toEqual({ hosts: [new URL(offline).host], of: 1 });
    expect(result.state).toBeUndefined();
    // The second page of a host that refused every connection is not asked for.
    expect(result.requests).toBe(DEFAULT_FETCH_POLICY.attempts);
    const report = formatWatchReport(result, { date: '2026-12-07' });
    expect(report).toMatch(/^# Official pages: could not check\n/);
    expect(report).not.toContain('## Gone');
  });

  it('stops asking a host after two of its pages in a row gave no answer', async () => {
    const slow = watchTargets(['a', 'b', 'c'].map((page) => certification(page, `${server.origin}/slow?${page}`)));
    const result = await watchPages(slow, {
      previous: emptyWatchState(),
      named: new Set(slow.map((target) => target.url)),
      today: '2026-12-07',
      concurrency: 4,
      fetchPage: (url) => fetchPage(url, policy, tools),
    });
    expect(result.findings.map((finding) => finding.kind)).toEqual(['gone', 'gone', 'gone']);
    expect(result.findings[2]?.reason).toBe(
      'not asked: 2 pages of this host before it failed (no answer within 0.2 s)',
    );
    expect(server.requests.get('/slow?c')).toBeUndefined();
    // A timeout is a slow page, not a host out of reach: the run still counts as checked.
    expect(result.unreachable).toBeUndefined();
  });

  it('never asks an address outside 127.0.0.1', () => {
    expect(asked.length).toBeGreaterThan(30);
    expect(asked.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
  });
});
