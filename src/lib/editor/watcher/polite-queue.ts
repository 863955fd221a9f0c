/**
 * Running work over many pages a few at a time and never two at once on one host, so the watcher never
 * looks like a crawl to any provider's site. Each host has its own queue; a free slot goes to the free host
 * with the most pages left, so the longest queue (one provider's hundred pages, which must run one by one)
 * starts first and the run ends soon after it.
 */

/** Runs `work` on every item, `concurrency` at once, one at a time per `hostOf(item)`; results in the items' order. */
export async function mapPolitely<Item, Result>(
  items: readonly Item[],
  options: { concurrency: number; hostOf: (item: Item) => string },
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  const queues = new Map<string, number[]>();
  items.forEach((item, index) => {
    const host = options.hostOf(item);
    const queue = queues.get(host) ?? [];
    queue.push(index);
    queues.set(host, queue);
  });
  const busy = new Set<string>();
  const running = new Set<Promise<void>>();

  /** The free host with the most items left, if any. */
  const nextHost = () =>
    [...queues.entries()]
      .filter(([host, queue]) => queue.length > 0 && !busy.has(host))
      .sort(([, a], [, b]) => b.length - a.length)[0]?.[0];

  for (;;) {
    const host = running.size < Math.max(1, options.concurrency) ? nextHost() : undefined;
    if (host === undefined) {
      if (running.size === 0) return results;
      await Promise.race(running);
      continue;
    }
    const index = queues.get(host)!.shift()!;
    busy.add(host);
    const task: Promise<void> = work(items[index]!)
      .then((result) => {
        results[index] = result;
      })
      .finally(() => {
        busy.delete(host);
        running.delete(task);
      });
    running.add(task);
  }
}
