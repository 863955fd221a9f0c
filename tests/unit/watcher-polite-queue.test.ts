import { describe, expect, it } from 'vitest';
import { mapPolitely } from '../../src/lib/editor/watcher/polite-queue';

/** Runs the queue over pages on hosts, each page taking a few milliseconds, and records what ran at once. */
async function observe(pages: string[], concurrency: number) {
  const running: string[] = [];
  let most = 0;
  let sameHostAtOnce = false;
  const results = await mapPolitely(pages, { concurrency, hostOf: (page) => page.split('/')[0]! }, async (page) => {
    const host = page.split('/')[0]!;
    sameHostAtOnce ||= running.some((other) => other.startsWith(`${host}/`));
    running.push(page);
    most = Math.max(most, running.length);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running.splice(running.indexOf(page), 1);
    return page.toUpperCase();
  });
  return { results, most, sameHostAtOnce };
}

describe('mapPolitely', () => {
  it('runs at most the concurrency at once, and keeps the results in the items’ order', async () => {
    const pages = Array.from({ length: 12 }, (_, index) => `h${index}/page`);
    const { results, most } = await observe(pages, 4);
    expect(most).toBe(4);
    expect(results).toEqual(pages.map((page) => page.toUpperCase()));
  });

  it('never runs two pages of one host at once', async () => {
    const pages = ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'c/1'];
    const { most, sameHostAtOnce } = await observe(pages, 4);
    expect(sameHostAtOnce).toBe(false);
    expect(most).toBe(3);
  });

  it('gives nothing for nothing', async () => {
    expect(await mapPolitely([], { concurrency: 4, hostOf: String }, async () => 1)).toEqual([]);
  });
});
